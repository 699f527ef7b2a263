/** "2026-03-14" → "14/03/2026": dates as people here write them. */
export function fairDate(date: string): string {
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y}`;
}

/** "07:30–11:30, 14/03/2026" */
export function fairWhen(fair: { date: string; startTime: string; endTime: string }): string {
  return `${fair.startTime}–${fair.endTime}, ${fairDate(fair.date)}`;
}

/** Millions of đồng for wage ranges on booth cards: "8–12 triệu" / "VND 8–12M". */
export function wageRange(min: number | undefined, max: number | undefined, locale: 'vi' | 'en'): string {
  if (!min && !max) return '';
  const m = (v: number) =>
    (v / 1_000_000).toLocaleString(locale === 'en' ? 'en-GB' : 'vi-VN', { maximumFractionDigits: 1 });
  const range = min && max && min !== max ? `${m(min)}–${m(max)}` : m((max || min)!);
  return locale === 'en' ? `VND ${range}M/month` : `${range} triệu/tháng`;
}
