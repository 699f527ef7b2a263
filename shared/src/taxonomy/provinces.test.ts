import { describe, expect, it } from 'vitest';
import {
  COUNTRY_REGIONS,
  FORMER_PROVINCES,
  findFormerProvince,
  findProvince,
  formerProvinceByCode,
  PROVINCES,
  provinceByCode,
} from './provinces';

// DESIGN.md §10, Decision 19/2025/QĐ-TTg.
const DESIGN_LIST =
  '01 Hà Nội, 04 Cao Bằng, 08 Tuyên Quang, 11 Điện Biên, 12 Lai Châu, 14 Sơn La, 15 Lào Cai, 19 Thái Nguyên, ' +
  '20 Lạng Sơn, 22 Quảng Ninh, 24 Bắc Ninh, 25 Phú Thọ, 31 Hải Phòng, 33 Hưng Yên, 37 Ninh Bình, 38 Thanh Hóa, ' +
  '40 Nghệ An, 42 Hà Tĩnh, 44 Quảng Trị, 46 Huế, 48 Đà Nẵng, 51 Quảng Ngãi, 52 Gia Lai, 56 Khánh Hòa, ' +
  '66 Đắk Lắk, 68 Lâm Đồng, 75 Đồng Nai, 79 Hồ Chí Minh, 80 Tây Ninh, 82 Đồng Tháp, 86 Vĩnh Long, 91 An Giang, ' +
  '92 Cần Thơ, 96 Cà Mau';

describe('PROVINCES', () => {
  it('are the 34 units of Decision 19/2025 with their codes and names', () => {
    const expected = DESIGN_LIST.split(', ').map((entry) => [entry.slice(0, 2), entry.slice(3)]);
    expect(PROVINCES.map((province) => [province.code, province.name])).toEqual(expected);
    expect(new Set(PROVINCES.map((province) => province.code)).size).toBe(34);
  });

  it('has six centrally-run cities and 28 provinces, with full names to match', () => {
    const cities = PROVINCES.filter((province) => province.kind === 'thanh-pho').map(
      (province) => province.name,
    );
    expect(cities.sort()).toEqual(['Cần Thơ', 'Đà Nẵng', 'Hà Nội', 'Hải Phòng', 'Hồ Chí Minh', 'Huế'].sort());
    expect(provinceByCode('79')?.fullName).toBe('Thành phố Hồ Chí Minh');
    expect(provinceByCode('24')?.fullName).toBe('Tỉnh Bắc Ninh');
    expect(provinceByCode('01')?.slug).toBe('ha-noi');
    expect(provinceByCode('66')?.nameEn).toBe('Dak Lak');
  });

  it('puts every province in one of the six regions', () => {
    const count = (id: string) => PROVINCES.filter((province) => province.region === id).length;
    expect(COUNTRY_REGIONS.map((region) => count(region.id))).toEqual([9, 6, 8, 3, 3, 5]);
  });
});

describe('findProvince', () => {
  it.each([
    ['01', '01'],
    ['1', '01'],
    ['ha noi', '01'],
    ['Hà Nội', '01'],
    ['HÀ NỘI', '01'],
    ['Thành phố Hà Nội', '01'],
    ['Hanoi', '01'],
    ['TP Hồ Chí Minh', '79'],
    ['Thành phố Hồ Chí Minh', '79'],
    ['tp hcm', '79'],
    ['TP.HCM', '79'],
    ['tphcm', '79'],
    ['Sài Gòn', '79'],
    ['Ho Chi Minh City', '79'],
    ['Huế', '46'],
    ['hue', '46'],
    ['Thừa Thiên Huế', '46'],
    ['thua thien hue', '46'],
    ['dak lak', '66'],
    ['Đắk Lắk', '66'],
    ['Tỉnh Đắk Lắk', '66'],
    ['Thanh Hoá', '38'],
  ])('%s → %s', (input, code) => {
    expect(findProvince(input)?.code).toBe(code);
  });

  it('accepts decomposed (NFD) input', () => {
    expect(findProvince('Đà Nẵng'.normalize('NFD'))?.code).toBe('48');
  });

  it('resolves a pre-2025 province name to the province it merged into', () => {
    expect(findProvince('Bình Dương')?.code).toBe('79');
    expect(findProvince('Vũng Tàu')?.code).toBe('79');
    expect(findProvince('bac giang')?.code).toBe('24');
    expect(findProvince('Quảng Nam')?.code).toBe('48');
    expect(findProvince('Hải Dương')?.code).toBe('31');
  });

  it('finds nothing for unknown names and old-only codes', () => {
    expect(findProvince('Atlantis')).toBeUndefined();
    expect(findProvince('')).toBeUndefined();
    expect(findProvince('74')).toBeUndefined(); // Bình Dương's old code is not a current code
    expect(provinceByCode('99')).toBeUndefined();
  });
});

describe('FORMER_PROVINCES', () => {
  it('are the 63 pre-2025 units, each merged into a current province that lists it', () => {
    expect(FORMER_PROVINCES).toHaveLength(63);
    expect(new Set(FORMER_PROVINCES.map((former) => former.code)).size).toBe(63);
    for (const former of FORMER_PROVINCES) {
      expect(provinceByCode(former.currentCode)?.formerCodes).toContain(former.code);
    }
    const listed = PROVINCES.flatMap((province) => province.formerCodes);
    expect(listed.sort()).toEqual(FORMER_PROVINCES.map((former) => former.code).sort());
  });

  it('are found by old code and by name', () => {
    expect(formerProvinceByCode('74')).toEqual({ code: '74', name: 'Bình Dương', currentCode: '79' });
    expect(findFormerProvince('ba ria vung tau')?.code).toBe('77');
    expect(findFormerProvince('Hà Giang')?.currentCode).toBe('08');
  });
});
