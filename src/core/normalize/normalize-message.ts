/** Trims, collapses whitespace, drops control characters and cuts the message to `maxLength`. */
export function normalizeMessage(message: string, maxLength: number): string {
  return message
    .replace(/\p{Cc}/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, maxLength);
}
