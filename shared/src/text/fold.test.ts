import { describe, expect, it } from 'vitest';
import { foldedKey, foldedWords, foldVietnamese } from './fold';

describe('foldVietnamese', () => {
  it('strips tones and vowel marks and lowercases', () => {
    expect(foldVietnamese('Thợ Hàn Điện')).toBe('tho han dien');
    expect(foldVietnamese('NGƯỜI LAO ĐỘNG')).toBe('nguoi lao dong');
  });

  it('treats decomposed (NFD) and composed (NFC) input the same', () => {
    const nfc = 'Công nhân may'.normalize('NFC');
    const nfd = 'Công nhân may'.normalize('NFD');
    expect(nfc).not.toBe(nfd);
    expect(foldVietnamese(nfd)).toBe(foldVietnamese(nfc));
    expect(foldVietnamese(nfd)).toBe('cong nhan may');
  });

  it('maps đ and Đ to d', () => {
    expect(foldVietnamese('Đắk Lắk')).toBe('dak lak');
    expect(foldVietnamese('đ')).toBe('d');
  });
});

describe('foldedWords / foldedKey', () => {
  it('splits on punctuation and whitespace', () => {
    expect(foldedWords('Thợ hàn (điện), bậc 2/5')).toEqual(['tho', 'han', 'dien', 'bac', '2', '5']);
    expect(foldedKey('  Thành phố   Hồ Chí Minh ')).toBe('thanh pho ho chi minh');
  });
});
