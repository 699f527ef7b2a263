import { describe, expect, it } from 'vitest';
import { escapeHtml, highlightText } from './highlight';

const matching = (...words: string[]) => {
  const set = new Set(words);
  return (word: string) => set.has(word);
};

describe('highlightText', () => {
  it('marks folded matches on the original accented words', () => {
    expect(highlightText('Thợ hàn điện', matching('tho', 'han'))).toBe(
      '<mark>Thợ</mark> <mark>hàn</mark> điện',
    );
    expect(highlightText('ĐIỆN NƯỚC', matching('dien'))).toBe('<mark>ĐIỆN</mark> NƯỚC');
  });

  it('keeps a decomposed (NFD) word whole inside its mark', () => {
    const nfd = 'Thợ điện'.normalize('NFD');
    expect(highlightText(nfd, matching('dien'))).toBe(
      `${'Thợ'.normalize('NFD')} <mark>${'điện'.normalize('NFD')}</mark>`,
    );
  });

  it('escapes HTML everywhere, inside and outside the marks', () => {
    expect(highlightText('Nhà hàng <Sen> & "Lá"', matching('sen', 'la'))).toBe(
      'Nhà hàng &lt;<mark>Sen</mark>&gt; &amp; &quot;<mark>Lá</mark>&quot;',
    );
    expect(highlightText('<script>alert(1)</script>', matching('script'))).toBe(
      '&lt;<mark>script</mark>&gt;alert(1)&lt;/<mark>script</mark>&gt;',
    );
  });

  it('marks whole words only and leaves text without matches escaped', () => {
    expect(highlightText('Hàn MIG/MAG, hàng hóa', matching('han', 'mag'))).toBe(
      '<mark>Hàn</mark> MIG/<mark>MAG</mark>, hàng hóa',
    );
    expect(highlightText("O'Neil & co", matching())).toBe('O&#39;Neil &amp; co');
  });
});

describe('escapeHtml', () => {
  it('escapes the five HTML-special characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});
