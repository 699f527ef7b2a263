import type { Locale } from '@ctn/shared/i18n/locale';

/** Dates as people here write them (22/11/2025), times in Vietnam's zone whatever the server's zone is. */
const TIME_ZONE = 'Asia/Ho_Chi_Minh';

export function formatDate(iso: string | undefined | null, locale: Locale): string {
  if (!iso) return '';
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'vi-VN', {
    timeZone: TIME_ZONE,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(new Date(iso));
}

export function formatDateTime(iso: string | undefined | null, locale: Locale): string {
  if (!iso) return '';
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'vi-VN', {
    timeZone: TIME_ZONE,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
}

/** "+84912345678" → "0912 345 678": the way the number is written on paper and said aloud. */
export function formatPhone(phone: string | undefined | null): string {
  if (!phone) return '';
  const national = phone.startsWith('+84') ? `0${phone.slice(3)}` : phone;
  return /^0\d{9}$/.test(national)
    ? `${national.slice(0, 4)} ${national.slice(4, 7)} ${national.slice(7)}`
    : national;
}
