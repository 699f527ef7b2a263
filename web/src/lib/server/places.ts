import type { Locale } from '@ctn/shared/i18n/locale';
import { communeByCode } from '@ctn/shared/taxonomy/communes';
import { provinceByCode } from '@ctn/shared/taxonomy/provinces';

/** "Phường Kinh Bắc, Bắc Ninh" for a commune and province code (names built on the server). */
export function placeLabel(
  provinceCode: string | undefined,
  communeCode: string | undefined,
  locale: Locale,
) {
  const province = provinceCode ? provinceByCode(provinceCode) : undefined;
  const commune = communeCode ? communeByCode(communeCode) : undefined;
  return [
    commune ? (locale === 'en' ? commune.nameEn : commune.fullName) : undefined,
    province ? (locale === 'en' ? province.nameEn : province.name) : provinceCode,
  ]
    .filter(Boolean)
    .join(', ');
}
