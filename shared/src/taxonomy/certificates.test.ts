import { describe, expect, it } from 'vitest';
import {
  CERTIFICATE_LEVELS,
  certificateLevelById,
  certificateLevelsOfKind,
  findCertificateLevel,
  meetsAnyRequirement,
  meetsRequirement,
} from './certificates';

describe('CERTIFICATE_LEVELS', () => {
  it('has unique ids, and vi/en names for every level', () => {
    expect(new Set(CERTIFICATE_LEVELS.map((level) => level.id)).size).toBe(CERTIFICATE_LEVELS.length);
    for (const level of CERTIFICATE_LEVELS) {
      expect(level.nameVi).not.toBe('');
      expect(level.nameEn).not.toBe('');
    }
  });

  it('ranks vocational training from short course to cao đẳng, and skill levels 1 to 5', () => {
    expect(certificateLevelsOfKind('vocational-training').map((level) => [level.id, level.rank])).toEqual([
      ['dao-tao-thuong-xuyen', 1],
      ['so-cap', 2],
      ['trung-cap', 3],
      ['cao-dang', 4],
    ]);
    expect(certificateLevelsOfKind('skill-certificate').map((level) => level.rank)).toEqual([1, 2, 3, 4, 5]);
  });

  it('has the driving licence classes of the 2024 law', () => {
    const current = certificateLevelsOfKind('driving-licence').filter((level) => !level.legacyOf);
    expect(current.map((level) => level.id.replace('gplx-', '').toUpperCase())).toEqual([
      'A1',
      'A',
      'B1',
      'B',
      'C1',
      'C',
      'D1',
      'D2',
      'D',
      'BE',
      'C1E',
      'CE',
      'D1E',
      'D2E',
      'DE',
    ]);
    for (const level of current) {
      for (const covered of level.covers ?? []) expect(certificateLevelById(covered), covered).toBeDefined();
    }
  });
});

describe('meetsRequirement', () => {
  it('compares vocational levels by rank', () => {
    expect(meetsRequirement('trung-cap', 'so-cap')).toBe(true);
    expect(meetsRequirement('so-cap', 'so-cap')).toBe(true);
    expect(meetsRequirement('so-cap', 'trung-cap')).toBe(false);
    expect(meetsRequirement('dao-tao-thuong-xuyen', 'so-cap')).toBe(false);
    expect(meetsRequirement('ky-nang-nghe-bac-3', 'ky-nang-nghe-bac-2')).toBe(true);
    expect(meetsRequirement('ky-nang-nghe-bac-1', 'ky-nang-nghe-bac-2')).toBe(false);
  });

  it('treats skill bậc N as the training level it presupposes, unless asked not to', () => {
    expect(meetsRequirement('ky-nang-nghe-bac-2', 'trung-cap')).toBe(true);
    expect(meetsRequirement('ky-nang-nghe-bac-1', 'trung-cap')).toBe(false);
    expect(meetsRequirement('trung-cap', 'ky-nang-nghe-bac-2')).toBe(true);
    expect(meetsRequirement('so-cap', 'ky-nang-nghe-bac-2')).toBe(false);
    expect(meetsRequirement('ky-nang-nghe-bac-2', 'trung-cap', { sameKindOnly: true })).toBe(false);
  });

  it('checks the occupation when the requirement names one', () => {
    const welding2 = { level: 'ky-nang-nghe-bac-2', occupationCode: '7212' };
    expect(meetsRequirement(welding2, { level: 'ky-nang-nghe-bac-1', occupationCode: '7212' })).toBe(true);
    expect(meetsRequirement(welding2, { level: 'ky-nang-nghe-bac-1', occupationCode: '721' })).toBe(true);
    expect(meetsRequirement(welding2, { level: 'ky-nang-nghe-bac-1', occupationCode: '7411' })).toBe(false);
    expect(
      meetsRequirement('ky-nang-nghe-bac-2', { level: 'ky-nang-nghe-bac-1', occupationCode: '7212' }),
    ).toBe(false);
    expect(meetsRequirement(welding2, 'ky-nang-nghe-bac-1')).toBe(true);
  });

  it('compares driving licences by the classes they cover', () => {
    expect(meetsRequirement('gplx-c', 'gplx-b')).toBe(true);
    expect(meetsRequirement('gplx-c', 'gplx-c1')).toBe(true);
    expect(meetsRequirement('gplx-b', 'gplx-c')).toBe(false);
    expect(meetsRequirement('gplx-ce', 'gplx-c')).toBe(true);
    expect(meetsRequirement('gplx-d', 'gplx-c')).toBe(true);
    expect(meetsRequirement('gplx-a', 'gplx-a1')).toBe(true);
    expect(meetsRequirement('gplx-b', 'gplx-a1')).toBe(false);
    expect(meetsRequirement('gplx-c1', 'gplx-c1')).toBe(true);
  });

  it('counts pre-2025 licences as the class they correspond to', () => {
    expect(meetsRequirement('gplx-cu-b2', 'gplx-b')).toBe(true);
    expect(meetsRequirement('gplx-cu-b2', 'gplx-c1')).toBe(false);
    expect(meetsRequirement('gplx-cu-fc', 'gplx-c')).toBe(true);
    expect(meetsRequirement('gplx-c', 'gplx-cu-b2')).toBe(true);
  });

  it('never mixes licences with vocational levels, and unknown ids never match', () => {
    expect(meetsRequirement('gplx-c', 'so-cap')).toBe(false);
    expect(meetsRequirement('cao-dang', 'gplx-b')).toBe(false);
    expect(meetsRequirement('bang-phi-cong', 'so-cap')).toBe(false);
    expect(meetsRequirement('cao-dang', 'bang-phi-cong')).toBe(false);
  });

  it('meetsAnyRequirement looks through everything a person holds', () => {
    expect(meetsAnyRequirement(['gplx-b', 'so-cap'], 'gplx-b')).toBe(true);
    expect(meetsAnyRequirement(['gplx-b', 'so-cap'], 'trung-cap')).toBe(false);
    expect(meetsAnyRequirement([], 'so-cap')).toBe(false);
  });
});

describe('findCertificateLevel', () => {
  it.each([
    ['trung cấp nghề', 'trung-cap'],
    ['Bằng cao đẳng', 'cao-dang'],
    ['bac 2', 'ky-nang-nghe-bac-2'],
    ['chứng chỉ nghề ngắn hạn', 'dao-tao-thuong-xuyen'],
    ['C', 'gplx-c'],
    ['bằng C', 'gplx-c'],
    ['GPLX hạng CE', 'gplx-ce'],
    ['B2', 'gplx-cu-b2'],
    ['bằng lái B2', 'gplx-cu-b2'],
    ['B1', 'gplx-cu-b1'],
    ['FC', 'gplx-cu-fc'],
    ['so-cap', 'so-cap'],
  ])('%s → %s', (text, id) => {
    expect(findCertificateLevel(text)?.id).toBe(id);
  });

  it('finds nothing for unknown text', () => {
    expect(findCertificateLevel('bằng phi công')).toBeUndefined();
    expect(findCertificateLevel('')).toBeUndefined();
  });
});
