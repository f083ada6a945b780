/**
 * A short fingerprint of an English level text, recorded beside each translation of it
 * (levels/locales/<locale>/source-hashes/<id>.json, pointer → hash). Translations are keyed by
 * position (JSON Pointer), so a reordered or edited English text would otherwise keep a translation
 * of what used to be there; a test compares each recorded hash with the English text's hash now.
 * FNV-1a over the UTF-16 code units, 32 bits as 8 hex digits: enough to notice an edit, short to read.
 */
export function sourceHash(englishText: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < englishText.length; i++) {
    hash ^= englishText.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
