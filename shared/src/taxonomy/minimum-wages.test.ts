import { describe, expect, it } from 'vitest';
import { COMMUNES } from './communes';
import { MINIMUM_WAGES_2026, minimumWageFor, provinceWageRegions, WAGE_REGIONS } from './minimum-wages';
import { PROVINCES } from './provinces';

const order = (region: string) => WAGE_REGIONS.indexOf(region as never);

describe('MINIMUM_WAGES_2026', () => {
  it('are the Decree 293/2025 amounts', () => {
    expect(
      Object.fromEntries(WAGE_REGIONS.map((region) => [region, MINIMUM_WAGES_2026[region].monthly])),
    ).toEqual({
      I: 5_310_000,
      II: 4_730_000,
      III: 4_140_000,
      IV: 3_700_000,
    });
  });
});

describe('minimumWageFor', () => {
  it('uses the commune region when the commune is known', () => {
    expect(minimumWageFor({ provinceCode: '01', communeCode: '00070' })).toMatchObject({
      region: 'I',
      amount: 5_310_000,
      basis: 'commune',
      confidence: 'high',
    });
    expect(minimumWageFor({ provinceCode: '01', communeCode: '09700' })).toMatchObject({
      region: 'II',
      amount: 4_730_000,
    });
    expect(minimumWageFor({ provinceCode: '79', communeCode: '27664' })?.region).toBe('II');
    expect(minimumWageFor({ provinceCode: '38', communeCode: '14845' })).toMatchObject({
      region: 'IV',
      amount: 3_700_000,
    });
  });

  it('falls back to the province default, or its highest region when asked to be strict', () => {
    expect(minimumWageFor({ provinceCode: '38' })).toMatchObject({
      region: 'III',
      basis: 'province',
      confidence: 'low',
    });
    expect(minimumWageFor({ provinceCode: '38' }, { whenCommuneUnknown: 'highest' })?.region).toBe('II');
    expect(minimumWageFor({ provinceCode: '24', communeCode: '99999' })?.basis).toBe('province');
  });

  it('ignores a commune of another province and unknown provinces', () => {
    expect(minimumWageFor({ provinceCode: '38', communeCode: '00070' })).toMatchObject({
      basis: 'province',
      region: 'III',
    });
    expect(minimumWageFor({ provinceCode: '99' })).toBeUndefined();
  });

  it('covers every province and every listed commune, within the province range', () => {
    for (const province of PROVINCES) {
      const regions = provinceWageRegions(province.code);
      expect(regions, province.name).toBeDefined();
      expect(order(regions!.highest)).toBeLessThanOrEqual(order(regions!.default));
    }
    for (const commune of COMMUNES) {
      const wage = minimumWageFor({ provinceCode: commune.provinceCode, communeCode: commune.code });
      expect(wage?.basis, commune.fullName).toBe('commune');
      const highest = provinceWageRegions(commune.provinceCode)!.highest;
      expect(order(wage!.region), commune.fullName).toBeGreaterThanOrEqual(order(highest));
    }
  });
});
