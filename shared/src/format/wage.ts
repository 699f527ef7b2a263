/**
 * Money as people here read it: "6.500.000 ₫", "6.500.000 – 8.000.000 ₫/tháng". One formatter for the API's
 * messages, the web pages and emails. Plain string work (no Intl), so it is tiny in the browser bundle and
 * gives the same text on every phone.
 */
export type WageLocale = 'vi' | 'en';

/** 6500000 → "6.500.000" (vi) or "6,500,000" (en). */
export function groupThousands(amount: number, locale: WageLocale = 'vi'): string {
  const digits = String(Math.round(Math.abs(amount)));
  const separator = locale === 'en' ? ',' : '.';
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += separator;
    out += digits[i];
  }
  return amount < 0 ? `-${out}` : out;
}

/** 5310000 → "5.310.000 ₫". */
export function formatVnd(amount: number, locale: WageLocale = 'vi'): string {
  return `${groupThousands(amount, locale)} ₫`;
}

/**
 * A monthly wage range: "6.500.000 – 8.000.000 ₫/tháng", "8.000.000 ₫/tháng" when both ends are equal,
 * "Từ 6.500.000 ₫/tháng" with only a minimum.
 */
export function formatWageRange(
  min: number | undefined | null,
  max: number | undefined | null,
  locale: WageLocale = 'vi',
): string {
  const per = locale === 'en' ? '/month' : '/tháng';
  const hasMin = typeof min === 'number' && min > 0;
  const hasMax = typeof max === 'number' && max > 0;
  if (hasMin && hasMax && min !== max)
    return `${groupThousands(min, locale)} – ${groupThousands(max, locale)} ₫${per}`;
  if (hasMin && hasMax) return `${formatVnd(min, locale)}${per}`;
  if (hasMin) return `${locale === 'en' ? 'From' : 'Từ'} ${formatVnd(min, locale)}${per}`;
  if (hasMax) return `${locale === 'en' ? 'Up to' : 'Đến'} ${formatVnd(max, locale)}${per}`;
  return locale === 'en' ? 'Wage to be agreed' : 'Lương thỏa thuận';
}
