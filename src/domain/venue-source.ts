import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { isNode, LineCounter, parseDocument } from 'yaml';
import { VenueValidationError } from '../errors/index.ts';

/** A place in a file, 1-based. */
export interface SourcePosition {
  line: number;
  column: number;
}

/** A venue file read and parsed: its value, and where each path of it is written. */
export interface VenueSource {
  file: string;
  value: unknown;
  /** The line and column of the value at `path` (of its nearest written parent when it is missing). */
  locate(path: ReadonlyArray<PropertyKey>): SourcePosition | undefined;
}

/**
 * Reads a venue file as JSON (`.json`) or YAML (`.yaml`, `.yml`). A file that cannot be read, is empty or
 * does not parse throws a VenueValidationError with one problem at its root, giving the line and column
 * of a syntax error (JSON.parse gives only a character offset: it is turned into line:column).
 */
export function readVenueSource(file: string): VenueSource {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw new VenueValidationError(file, [{ path: '', message: `cannot read: ${why}` }]);
  }
  if (text.trim() === '') throw new VenueValidationError(file, [{ path: '', message: 'the file is empty' }]);
  const isYaml = ['.yaml', '.yml'].includes(extname(file).toLowerCase());
  const lines = new LineCounter();
  // (JSON allows a key twice, the last one winning; YAML refuses it)
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: isYaml });
  let value: unknown;
  if (isYaml) {
    const error = doc.errors[0];
    if (error) {
      const at = error.linePos?.[0];
      const what = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? 'syntax error';
      throw new VenueValidationError(file, [
        { path: '', message: `not valid YAML: ${what}`, ...(at && { line: at.line, column: at.col }) },
      ]);
    }
    value = doc.toJS();
  } else {
    try {
      value = JSON.parse(text);
    } catch (error) {
      const message = (error as Error).message;
      const offset = /at position (\d+)/.exec(message)?.[1];
      // a message without an offset places only the end of the input
      const at =
        offset !== undefined
          ? positionOf(text, Number(offset))
          : /end of JSON/i.test(message)
            ? positionOf(text, text.length)
            : undefined;
      const what = message.replace(/ in JSON at position \d+.*$/, '').replace(/ at position \d+.*$/, '');
      throw new VenueValidationError(file, [{ path: '', message: `not valid JSON: ${what}`, ...at }]);
    }
  }
  return {
    file,
    value,
    locate(path) {
      // the nearest node written in the file: a missing field is placed at the object that lacks it
      for (let n = path.length; n >= 0; n--) {
        const node = doc.getIn(path.slice(0, n) as unknown[], true);
        if (isNode(node) && node.range) {
          const { line, col } = lines.linePos(node.range[0]);
          return { line, column: col };
        }
      }
      return undefined;
    },
  };
}

/** The 1-based line and column of a character offset in `text`. */
function positionOf(text: string, offset: number): SourcePosition {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}
