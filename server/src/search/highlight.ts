import { foldVietnamese } from '@ctn/shared';

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]!);
}

/**
 * Words of the original text, marks included so that a decomposed (NFD) "hàn" stays one word. Folding
 * each of them gives exactly the words `foldedWords` produced when the text was indexed.
 */
const ORIGINAL_WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu;

/**
 * The text HTML-escaped, with every word whose folded form `matches` wrapped in <mark></mark>. The marks
 * go around the original, accented spelling: "tho han" highlights "<mark>Thợ</mark> <mark>hàn</mark> điện".
 */
/** Folded forms of words seen in highlighted texts: syllables repeat, folding (NFD + regexes) does not need to. */
const foldedWord = new Map<string, string>();
function fold(word: string): string {
  let folded = foldedWord.get(word);
  if (folded === undefined) {
    if (foldedWord.size >= 50_000) foldedWord.clear();
    folded = foldVietnamese(word);
    foldedWord.set(word, folded);
  }
  return folded;
}

export function highlightText(text: string, matches: (foldedWord: string) => boolean): string {
  let html = '';
  let last = 0;
  for (const found of text.matchAll(ORIGINAL_WORD)) {
    const word = found[0];
    const start = found.index;
    if (!matches(fold(word))) continue;
    html += `${escapeHtml(text.slice(last, start))}<mark>${escapeHtml(word)}</mark>`;
    last = start + word.length;
  }
  return html + escapeHtml(text.slice(last));
}
