import { describe, expect, it } from 'vitest';
import {
  COMMUNES,
  communeByCode,
  communesInProvince,
  findCommune,
  findCommunesByName,
  searchCommunes,
} from './communes';
import { provinceByCode } from './provinces';

const DEMO_PROVINCES = ['01', '24', '31', '79', '75', '38', '40', '48'];

describe('COMMUNES', () => {
  it('lists 8 to 15 communes for each demo province', () => {
    for (const code of DEMO_PROVINCES) {
      const count = communesInProvince(code).length;
      expect(count, `province ${code}`).toBeGreaterThanOrEqual(8);
      expect(count, `province ${code}`).toBeLessThanOrEqual(15);
    }
  });

  it('has unique 5-digit codes in known provinces, each with a source', () => {
    expect(new Set(COMMUNES.map((commune) => commune.code)).size).toBe(COMMUNES.length);
    for (const commune of COMMUNES) {
      expect(commune.code).toMatch(/^\d{5}$/);
      expect(provinceByCode(commune.provinceCode)).toBeDefined();
      expect(commune.source).toMatch(/19\/2025/);
    }
  });

  it('names the kind of unit in full and in English', () => {
    expect(communeByCode('09187')).toMatchObject({
      provinceCode: '24',
      kind: 'phuong',
      fullName: 'Phường Kinh Bắc',
      nameEn: 'Kinh Bac Ward',
    });
    expect(communeByCode('11914')?.fullName).toBe('Đặc khu Cát Hải');
    expect(communeByCode('00454')?.nameEn).toBe('Dong Anh Commune');
  });
});

describe('finding communes by name within a province', () => {
  it('works with and without diacritics and with the kind written in any form', () => {
    for (const name of ['Kinh Bắc', 'kinh bac', 'Phường Kinh Bắc', 'P. Kinh Bắc', 'phuong kinh bac']) {
      expect(findCommune('24', name)?.code, name).toBe('09187');
    }
    expect(findCommune('01', 'Xã Đông Anh'.normalize('NFD'))?.code).toBe('00454');
  });

  it('respects the kind when one is written and the province always', () => {
    expect(findCommune('01', 'Xã Hoàn Kiếm')).toBeUndefined();
    expect(findCommune('31', 'Hoàn Kiếm')).toBeUndefined();
    expect(findCommunesByName('40', 'Hoàng Mai').map((commune) => commune.code)).toEqual(['17110']);
  });

  it('offers prefix matches for typeahead', () => {
    const names = searchCommunes('ha', { provinceCode: '01' }).map((commune) => commune.name);
    expect(names).toContain('Hà Đông');
    expect(searchCommunes('thu dau').map((commune) => commune.code)).toEqual(['25747']);
  });
});
