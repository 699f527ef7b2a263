import type { PostingDetail, PostingInput } from '@ctn/shared/contracts/postings';
import type { Locale } from '@ctn/shared/i18n/locale';
import { CERTIFICATE_LEVELS, certificateLevelById } from '@ctn/shared/taxonomy/certificates';
import { OCCUPATIONS } from '@ctn/shared/taxonomy/occupations';
import { skillsForOccupation } from '@ctn/shared/taxonomy/skills';
import { integerOrText, list, single } from './forms';
import { communeGroups, provinceOptions } from './provinces';

/** The employer form's fields → the API's PostingInput (the API checks and explains what is wrong). */
export function postingFromForm(values: Record<string, string | string[]>): PostingInput {
  const text = (key: string) => single(values[key]) ?? '';
  const skills = (key: string) =>
    text(key)
      .split(/[;\n]/)
      .map((name) => name.trim())
      .filter(Boolean)
      .map((name) => ({ name: name.slice(0, 80) }));
  const certificate = (key: string) => {
    const level = certificateLevelById(text(key));
    return level ? [{ level: level.id, name: level.nameVi }] : [];
  };
  const input = {
    title: text('title'),
    occupationCode: text('occupationCode'),
    description: text('description'),
    requiredSkills: skills('requiredSkills'),
    preferredSkills: skills('preferredSkills'),
    requiredCertificates: certificate('requiredCertificate'),
    preferredCertificates: certificate('preferredCertificate'),
    vacancies: integerOrText(text('vacancies') || undefined),
    wageMin: integerOrText(text('wageMin').replace(/[.,\s]/g, '') || undefined),
    wageMax: integerOrText(text('wageMax').replace(/[.,\s]/g, '') || undefined),
    employmentType: text('employmentType'),
    shift: text('shift'),
    benefits: list(values.benefits),
    provinceCode: text('provinceCode'),
    deadline: text('deadline'),
  } as Record<string, unknown>;
  if (text('education')) input.education = text('education');
  if (text('communeCode')) input.communeCode = text('communeCode');
  if (text('address')) input.address = text('address');
  return input as unknown as PostingInput;
}

/** A stored posting as the form's field values. */
export function formFromPosting(posting: PostingDetail): Record<string, string | string[]> {
  return {
    title: posting.title,
    occupationCode: posting.occupationCode,
    description: posting.description,
    requiredSkills: posting.requiredSkills.map((s) => s.name).join('; '),
    preferredSkills: posting.preferredSkills.map((s) => s.name).join('; '),
    requiredCertificate: posting.requiredCertificates[0]?.level ?? '',
    preferredCertificate: posting.preferredCertificates[0]?.level ?? '',
    education: posting.education ?? '',
    vacancies: String(posting.vacancies),
    wageMin: String(posting.wageMin),
    wageMax: String(posting.wageMax),
    employmentType: posting.employmentType,
    shift: posting.shift,
    benefits: posting.benefits,
    provinceCode: posting.provinceCode,
    communeCode: posting.communeCode ?? '',
    address: posting.address ?? '',
    deadline: posting.deadline,
  };
}

let occupationGroupsCache: Record<Locale, unknown> | undefined;
/** Every unit group under its major group, for a <select> with <optgroup>s that works without JavaScript. */
export function occupationGroups(locale: Locale) {
  occupationGroupsCache ??= { vi: undefined, en: undefined } as Record<Locale, unknown>;
  const cached = occupationGroupsCache[locale];
  if (cached) return cached as { code: string; name: string; options: { code: string; name: string }[] }[];
  const groups = OCCUPATIONS.filter((o) => o.level === 1)
    .map((major) => ({
      code: major.code,
      name: locale === 'en' ? major.nameEn : major.nameVi,
      options: OCCUPATIONS.filter((o) => o.level === 4 && o.code.startsWith(major.code)).map((o) => ({
        code: o.code,
        name: `${locale === 'en' ? o.nameEn : o.nameVi} (${o.code})`,
      })),
    }))
    .filter((group) => group.options.length > 0);
  occupationGroupsCache[locale] = groups;
  return groups;
}

/** Everything the posting form needs to render its lists (built on the server, no taxonomy in the bundle). */
export function postingFormOptions(locale: Locale, occupationCode?: string) {
  return {
    occupations: occupationGroups(locale),
    provinces: provinceOptions(locale),
    communes: communeGroups(
      provinceOptions(locale).map((p) => p.code),
      locale,
    ),
    certificates: CERTIFICATE_LEVELS.filter((level) => !level.legacyOf).map((level) => ({
      value: level.id,
      label: locale === 'en' ? level.nameEn : level.nameVi,
    })),
    suggestedSkills: occupationCode
      ? skillsForOccupation(occupationCode)
          .slice(0, 12)
          .map((s) => s.nameVi)
      : [],
  };
}
