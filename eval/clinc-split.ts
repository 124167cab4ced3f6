/**
 * The CLINC150 train file split into a part we tune on and a part we only report on (never looked at
 * while tuning). A row is held out when the FNV-1a 32-bit hash of its text is divisible by 5 (about 20 %),
 * so the split is the same on every machine and does not depend on the file's order.
 */
export function isClincHeldOut(text: string): boolean {
  return fnv1a32(text) % 5 === 0;
}

/** FNV-1a, 32 bits, over the UTF-16 code units of `text`: a small, stable, non-cryptographic hash. */
export function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}
