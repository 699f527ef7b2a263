import { describe, expect, it } from 'vitest';
import { foldedKey } from '../text/fold';
import {
  findOccupations,
  OCCUPATIONS,
  occupationAncestors,
  occupationByCode,
  occupationChildren,
  occupationDistance,
  occupationForTitle,
  synonymGroups,
} from './occupations';

const atLevel = (level: number) => OCCUPATIONS.filter((occupation) => occupation.level === level);
const first = (query: string) => findOccupations(query)[0]?.code;

describe('OCCUPATIONS', () => {
  it('has every major, sub-major and minor group of the ISCO-08 structure VSCO follows', () => {
    expect(atLevel(1).map((occupation) => occupation.code)).toEqual([
      '0',
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
    ]);
    expect(atLevel(2)).toHaveLength(43);
    expect(atLevel(3)).toHaveLength(130);
  });

  it('has at least 150 concrete unit groups', () => {
    expect(atLevel(4).length).toBeGreaterThanOrEqual(150);
  });

  it('has unique codes, and every parent exists one level up', () => {
    expect(new Set(OCCUPATIONS.map((occupation) => occupation.code)).size).toBe(OCCUPATIONS.length);
    for (const occupation of OCCUPATIONS) {
      expect(occupation.code).toMatch(/^\d{1,4}$/);
      if (occupation.level === 1) {
        expect(occupation.parentCode).toBeUndefined();
      } else {
        const parent = occupationByCode(occupation.parentCode!);
        expect(parent, occupation.code).toBeDefined();
        expect(parent!.level).toBe(occupation.level - 1);
      }
      expect(occupation.nameVi.trim()).not.toBe('');
      expect(occupation.nameEn.trim()).not.toBe('');
    }
  });

  it('uses the ISCO-08 codes for the jobs the brief names', () => {
    expect(occupationByCode('7212')?.nameEn).toBe('Welders and flamecutters');
    expect(occupationByCode('7531')?.nameEn).toMatch(/^Tailors/);
    expect(occupationByCode('7533')?.nameEn).toMatch(/^Sewing, embroidery/);
    expect(occupationByCode('8153')?.nameEn).toBe('Sewing machine operators');
    expect(occupationByCode('8322')?.nameEn).toBe('Car, taxi and van drivers');
    expect(occupationByCode('8332')?.nameEn).toBe('Heavy truck and lorry drivers');
    expect(occupationByCode('9313')?.nameEn).toBe('Building construction labourers');
    expect(occupationByCode('5414')?.nameEn).toBe('Security guards');
    expect(occupationByCode('5120')?.nameEn).toBe('Cooks');
    expect(occupationByCode('9412')?.nameEn).toBe('Kitchen helpers');
    expect(occupationByCode('7231')?.nameEn).toBe('Motor vehicle mechanics and repairers');
    expect(occupationByCode('7233')?.nameEn).toBe(
      'Agricultural and industrial machinery mechanics and repairers',
    );
    expect(occupationByCode('8212')?.nameEn).toBe('Electrical and electronic equipment assemblers');
    expect(occupationByCode('6221')?.nameEn).toBe('Aquaculture workers');
    expect(occupationByCode('8344')?.nameEn).toBe('Lifting truck operators');
  });

  it('never gives one colloquial title to two unit groups (search expands titles to a single job)', () => {
    const owner = new Map<string, string>();
    for (const occupation of atLevel(4)) {
      for (const phrase of new Set(
        [occupation.nameVi, ...occupation.synonyms].map((text) => foldedKey(text)),
      )) {
        expect(
          owner.get(phrase),
          `"${phrase}" in ${occupation.code} and ${owner.get(phrase)}`,
        ).toBeUndefined();
        owner.set(phrase, occupation.code);
      }
    }
  });
});

describe('hierarchy', () => {
  it('lists ancestors nearest first', () => {
    expect(occupationAncestors('7212').map((occupation) => occupation.code)).toEqual(['721', '72', '7']);
    expect(occupationAncestors('7')).toEqual([]);
  });

  it('lists children', () => {
    expect(occupationChildren('721').map((occupation) => occupation.code)).toEqual([
      '7211',
      '7212',
      '7213',
      '7214',
      '7215',
    ]);
    expect(occupationChildren('')).toHaveLength(10);
  });

  it('measures distance as the length of the shared code prefix', () => {
    expect(occupationDistance('7212', '7212')).toBe(4);
    expect(occupationDistance('7212', '7213')).toBe(3);
    expect(occupationDistance('7212', '7231')).toBe(2);
    expect(occupationDistance('7212', '7411')).toBe(1);
    expect(occupationDistance('7212', '8322')).toBe(0);
    expect(occupationDistance('7212', '72')).toBe(2);
  });
});

describe('findOccupations', () => {
  it('resolves colloquial titles and their official equivalents to the same job', () => {
    expect(first('thợ may')).toBe('8153');
    expect(first('cong nhan may')).toBe('8153');
    expect(first('Công nhân may')).toBe(first('thợ may'));
    expect(first('thợ hàn')).toBe('7212');
    expect(first('cong nhan han')).toBe('7212');
    expect(first('tài xế')).toBe('8322');
    expect(first('lai xe')).toBe('8322');
    expect(first('phụ hồ')).toBe('9313');
    expect(first('bảo vệ')).toBe('5414');
    expect(first('phu bep')).toBe('9412');
    expect(first('lái xe nâng')).toBe('8344');
    expect(first('mây tre đan')).toBe('7317');
  });

  it('treats diacritics, case and NFD alike', () => {
    expect(first('THỢ HÀN')).toBe('7212');
    expect(first('thợ hàn'.normalize('NFD'))).toBe('7212');
    expect(first('tho han')).toBe('7212');
  });

  it('is prefix-friendly for typeahead', () => {
    expect(findOccupations('tho ha').map((occupation) => occupation.code)).toContain('7212');
    expect(findOccupations('lái xe t').map((occupation) => occupation.code)).toContain('8332');
    // "thợ may đo" (tailor) is found while typing "thợ may", after the exact match.
    const sewing = findOccupations('thợ may').map((occupation) => occupation.code);
    expect(sewing.indexOf('8153')).toBeLessThan(sewing.indexOf('7531'));
  });

  it('finds by code prefix and by English name, and can keep only unit groups', () => {
    expect(findOccupations('721').map((occupation) => occupation.code)).toEqual([
      '721',
      '7211',
      '7212',
      '7213',
      '7214',
      '7215',
    ]);
    expect(first('welder')).toBe('7212');
    expect(findOccupations('lao động', { levels: [4] }).every((occupation) => occupation.level === 4)).toBe(
      true,
    );
    expect(findOccupations('zzzz')).toEqual([]);
    expect(findOccupations('  ')).toEqual([]);
  });

  it('names the one job a title designates', () => {
    expect(occupationForTitle('Thợ May')?.code).toBe('8153');
    expect(occupationForTitle('Đầu bếp')?.code).toBe('5120');
    expect(occupationForTitle('thợ')).toBeUndefined();
  });
});

describe('synonymGroups', () => {
  it('groups folded phrases that mean the same job', () => {
    const groups = synonymGroups();
    const sewing = groups.find((group) => group.includes('cong nhan may'));
    expect(sewing).toContain('tho may');
    expect(sewing).toContain(foldedKey('Thợ vận hành máy may'));
    expect(groups.find((group) => group.includes('tai xe'))).toContain('lai xe');
    for (const group of groups) {
      expect(group.length).toBeGreaterThan(1);
      for (const phrase of group) expect(phrase).toBe(foldedKey(phrase));
    }
  });
});
