/**
 * The word sequences a small phrase pattern spells out: parts separated by spaces, each either a word
 * or a group "(a|b c|)" of alternatives (an empty alternative makes the group optional). So
 * "(what|how much) (am i|are we) (at|up to)" gives "what am i at", "how much are we up to" and the
 * rest. For building cue lexicons from a grammar of English rather than a list of sentences. Pure.
 */
export function expandPhrases(pattern: string): string[] {
  const parts = pattern.match(/\([^)]*\)|[^\s()]+/g) ?? [];
  let out: string[] = [''];
  for (const part of parts) {
    const options = part.startsWith('(') ? part.slice(1, -1).split('|') : [part];
    out = out.flatMap((prefix) => options.map((o) => `${prefix} ${o.trim()}`.trim()));
  }
  return out.map((s) => s.replace(/\s+/g, ' ').trim()).filter((s) => s.length > 0);
}
