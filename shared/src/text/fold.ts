/**
 * Vietnamese text folding shared by search, lookups and matching, so that "tho han", "THỢ HÀN" and a
 * decomposed (NFD) "thợ hàn" typed on an old Android keyboard all become the same key.
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const NON_WORD = /[^\p{L}\p{N}]+/gu;

/** Lower case, strip diacritics (tones and vowel marks), map đ/Đ to d. Works on NFC and NFD input alike. */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'd')
    .toLowerCase();
}

/** Folded words of a text: punctuation and spacing are separators. "Thợ hàn (điện)" → ["tho", "han", "dien"]. */
export function foldedWords(text: string): string[] {
  return foldVietnamese(text)
    .split(NON_WORD)
    .filter((word) => word.length > 0);
}

/** A stable folded key for lookups by name: "  Thành phố Hồ Chí Minh " → "thanh pho ho chi minh". */
export function foldedKey(text: string): string {
  return foldedWords(text).join(' ');
}
