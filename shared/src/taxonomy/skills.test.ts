import { describe, expect, it } from 'vitest';
import { foldedKey } from '../text/fold';
import { occupationByCode } from './occupations';
import { findSkills, SKILL_CATEGORIES, SKILLS, skillById, skillsForOccupation } from './skills';

describe('SKILLS', () => {
  it('has 150 to 250 skills with unique, stable slug ids', () => {
    expect(SKILLS.length).toBeGreaterThanOrEqual(150);
    expect(SKILLS.length).toBeLessThanOrEqual(250);
    expect(new Set(SKILLS.map((skill) => skill.id)).size).toBe(SKILLS.length);
    for (const skill of SKILLS) expect(skill.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('has no two skills with the same name', () => {
    const names = SKILLS.map((skill) => foldedKey(skill.nameVi));
    expect(new Set(names).size).toBe(names.length);
  });

  it('points only at existing 4-digit occupations, in a known category', () => {
    for (const skill of SKILLS) {
      expect(SKILL_CATEGORIES[skill.category]).toBeDefined();
      for (const code of skill.occupationCodes) {
        expect(occupationByCode(code)?.level, `${skill.id} → ${code}`).toBe(4);
      }
    }
  });

  it('includes the skills postings ask for most', () => {
    for (const id of [
      'han-que',
      'han-mig',
      'may-cong-nghiep',
      'doc-ban-ve',
      'lai-xe-hang-c',
      'van-hanh-xe-nang',
      'nau-an-cong-nghiep',
      'tin-hoc-van-phong',
      'ky-nang-ban-hang',
    ]) {
      expect(skillById(id), id).toBeDefined();
    }
  });
});

describe('lookups', () => {
  it('finds skills by name or synonym, with or without diacritics', () => {
    expect(findSkills('hàn TIG')[0]?.id).toBe('han-tig');
    expect(findSkills('han tig')[0]?.id).toBe('han-tig');
    expect(findSkills('hàn CO2')[0]?.id).toBe('han-mig');
    expect(findSkills('lái xe nâng')[0]?.id).toBe('van-hanh-xe-nang');
    expect(findSkills('mây tre đan')[0]?.id).toBe('dan-may-tre');
    expect(findSkills('excel').map((skill) => skill.id)).toContain('excel-nang-cao');
    expect(findSkills('han').map((skill) => skill.id)).toEqual(
      expect.arrayContaining(['han-que', 'han-mig', 'han-tig']),
    );
    expect(findSkills('')).toEqual([]);
  });

  it('lists the skills of an occupation, and of every occupation below a group', () => {
    const welding = skillsForOccupation('7212').map((skill) => skill.id);
    expect(welding).toEqual(expect.arrayContaining(['han-que', 'han-mig', 'han-tig', 'doc-ban-ve']));
    expect(welding).not.toContain('may-cong-nghiep');
    const metalAndMachinery = skillsForOccupation('72').map((skill) => skill.id);
    expect(metalAndMachinery).toEqual(expect.arrayContaining(['han-que', 'sua-xe-may', 'tien']));
    expect(skillsForOccupation('8153').map((skill) => skill.id)).toContain('may-cong-nghiep');
    expect(skillsForOccupation('')).toEqual([]);
  });
});
