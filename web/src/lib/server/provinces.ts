import type { Locale } from '@ctn/shared/i18n/locale';
import { communeByCode, communesInProvince } from '@ctn/shared/taxonomy/communes';
import { PROVINCES, provinceByCode } from '@ctn/shared/taxonomy/provinces';

/**
 * Province lists are built on the server and sent with the page data, so the taxonomy module never
 * reaches the browser bundle (34 names in the page data cost less than the module with its indexes).
 */
export interface ProvinceOption {
  code: string;
  name: string;
}

export function provinceOptions(locale: Locale, only?: readonly string[]): ProvinceOption[] {
  return PROVINCES.filter((p) => !only || only.includes(p.code)).map((p) => ({
    code: p.code,
    name: locale === 'en' ? p.nameEn : p.name,
  }));
}

/** Code → name for the provinces a page mentions (lists of users, employers, people). */
export function provinceNames(locale: Locale): Record<string, string> {
  return Object.fromEntries(provinceOptions(locale).map((p) => [p.code, p.name]));
}

export function provinceName(code: string, locale: Locale): string {
  const province = provinceByCode(code);
  if (!province) return code;
  return locale === 'en' ? province.nameEn : province.name;
}

/** The communes we list, grouped by province, for a <select> with <optgroup>s (no JavaScript needed). */
export function communeGroups(provinceCodes: readonly string[], locale: Locale) {
  return provinceCodes
    .map((code) => ({
      provinceCode: code,
      provinceName: provinceName(code, locale),
      communes: communesInProvince(code).map((c) => ({
        code: c.code,
        name: locale === 'en' ? c.nameEn : c.fullName,
      })),
    }))
    .filter((group) => group.communes.length > 0);
}

export function communeName(code: string | undefined, locale: Locale): string | undefined {
  if (!code) return undefined;
  const commune = communeByCode(code);
  if (!commune) return code;
  return locale === 'en' ? commune.nameEn : commune.fullName;
}
