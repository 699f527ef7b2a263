import { describe, expect, it } from 'vitest';
import {
  formatVietnamesePhone,
  isValidCccd,
  isValidTaxCode,
  normalizeTaxCode,
  normalizeVietnamesePhone,
  parseCccd,
  taxCodeCheckDigit,
} from './identifiers';

describe('normalizeVietnamesePhone', () => {
  it.each([
    '0912 345 678',
    '0912345678',
    '+84912345678',
    '+84 912 345 678',
    '84912345678',
    '0912.345.678',
    '0912-345-678',
    '(+84) 912 345 678',
    '+84 (0) 912 345 678',
    '0084 912 345 678',
  ])('%s → +84912345678', (input) => {
    expect(normalizeVietnamesePhone(input)).toBe('+84912345678');
  });

  it('accepts every mobile range', () => {
    expect(normalizeVietnamesePhone('0389 123 456')).toBe('+84389123456');
    expect(normalizeVietnamesePhone('0569 123 456')).toBe('+84569123456');
    expect(normalizeVietnamesePhone('0789 123 456')).toBe('+84789123456');
    expect(normalizeVietnamesePhone('0849 123 456')).toBe('+84849123456');
  });

  it('converts pre-2018 11-digit numbers to the number that works today', () => {
    expect(normalizeVietnamesePhone('01662 345 678')).toBe('+84362345678');
    expect(normalizeVietnamesePhone('0123 456 7890')).toBe('+84834567890');
  });

  it.each([
    ['a landline', '024 3825 1234'],
    ['a short number', '0912 345 67'],
    ['a long number', '0912 345 6789'],
    ['a non-mobile prefix', '0112 345 678'],
    ['another country', '+1 415 555 0100'],
    ['letters', '0912 ABC 678'],
    ['an empty string', '  '],
    ['a misplaced plus', '0912+345678'],
  ])('rejects %s', (_label, input) => {
    expect(normalizeVietnamesePhone(input)).toBeUndefined();
  });

  it('formats a normalised number back for people', () => {
    expect(formatVietnamesePhone('+84912345678')).toBe('0912 345 678');
  });
});

describe('tax codes (mã số thuế)', () => {
  // Published codes of well-known companies (Viettel, Vinamilk, FPT), which the check digit must accept.
  it.each(['0100109106', '0300588569', '0101248141'])('accepts the real code %s', (code) => {
    expect(isValidTaxCode(code)).toBe(true);
  });

  it('computes the check digit from the weights 31 29 23 19 17 13 7 5 3', () => {
    // 0·31 + 1·29 + 0 + 0 + 1·17 + 0 + 9·7 + 1·5 + 0·3 = 114; 114 mod 11 = 4; 10 − 4 = 6.
    expect(taxCodeCheckDigit('010010910')).toBe(6);
    // A prefix whose weighted sum is divisible by 11 has no valid check digit.
    expect(taxCodeCheckDigit('000000000')).toBeUndefined();
    expect(isValidTaxCode('0000000000')).toBe(false);
  });

  it('accepts codes constructed from the algorithm and rejects every other last digit', () => {
    for (const prefix of ['310123456', '080012345', '470765432']) {
      const check = taxCodeCheckDigit(prefix);
      if (check === undefined) continue;
      expect(isValidTaxCode(`${prefix}${check}`)).toBe(true);
      for (let digit = 0; digit <= 9; digit++) {
        if (digit !== check) expect(isValidTaxCode(`${prefix}${digit}`)).toBe(false);
      }
    }
  });

  it('accepts the 13-digit branch form with or without the hyphen', () => {
    expect(isValidTaxCode('0100109106-001')).toBe(true);
    expect(isValidTaxCode('0100109106001')).toBe(true);
    expect(isValidTaxCode(' 0100109106 - 012 ')).toBe(true);
    expect(normalizeTaxCode('0100109106001')).toBe('0100109106-001');
    expect(isValidTaxCode('0100109107-001')).toBe(false);
    expect(isValidTaxCode('0100109106-000')).toBe(false);
  });

  it('rejects malformed codes', () => {
    for (const code of [
      '',
      '010010910',
      '01001091066',
      '0100109106-01',
      'MST0100109106',
      '0100109106-0011',
    ]) {
      expect(isValidTaxCode(code), code).toBe(false);
    }
  });

  it('accepts a personal (CCCD) tax code only when asked', () => {
    expect(isValidTaxCode('001090012345')).toBe(false);
    expect(isValidTaxCode('001090012345', { allowPersonal: true })).toBe(true);
  });
});

describe('CCCD numbers', () => {
  const now = new Date('2026-03-01T00:00:00Z');

  it('reads province of birth, gender and year of birth', () => {
    expect(parseCccd('001090012345', now)).toEqual({
      provinceCode: '001',
      provinceName: 'Hà Nội',
      gender: 'male',
      birthYear: 1990,
    });
    expect(parseCccd('079303001234', now)).toMatchObject({
      provinceName: 'Hồ Chí Minh',
      gender: 'female',
      birthYear: 2003,
    });
    expect(parseCccd('074185000001', now)).toMatchObject({
      provinceName: 'Bình Dương',
      gender: 'female',
      birthYear: 1985,
    });
  });

  it.each([
    ['11 digits', '00109001234'],
    ['13 digits', '0010900123456'],
    ['letters', '00109001234A'],
    ['an unused province code', '003090012345'],
    ['a province code above 096', '097090012345'],
    ['a 22nd-century gender digit', '001490012345'],
    ['a birth year in the future', '001230012345'],
  ])('rejects %s', (_label, value) => {
    expect(isValidCccd(value, now)).toBe(false);
  });

  it('accepts spaces between groups', () => {
    expect(isValidCccd('001 090 012 345', now)).toBe(true);
  });
});
