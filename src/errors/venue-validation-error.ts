import { MaitreError } from './maitre-error.ts';

export interface ValidationProblem {
  /** Where in the file, naming entries by id where they have one, e.g. `items[pancakes].price.amount`. */
  path: string;
  message: string;
  /** The line (1-based) of the value in the file, when known. */
  line?: number;
  /** The column (1-based) of the value in the file, when known. */
  column?: number;
}

/** `line:column path` of a problem (`path` alone when its place in the file is unknown; `(root)` for none). */
export function problemPlace(p: ValidationProblem): string {
  const path = p.path || '(root)';
  return p.line === undefined ? path : `${p.line}:${p.column ?? 1} ${path}`;
}

/** A venue file (menu.json, moods.json) that does not match its schema or refers to unknown ids. */
export class VenueValidationError extends MaitreError {
  readonly file: string;
  readonly problems: ValidationProblem[];

  constructor(file: string, problems: ValidationProblem[]) {
    const list = problems.map((p) => `  - ${problemPlace(p)}: ${p.message}`).join('\n');
    super('VENUE_INVALID', `${file} is invalid:\n${list}`, { file, problems });
    this.file = file;
    this.problems = problems;
  }
}
