/**
 * Xóa án tích (Penal Code 2015, art. 70 "Đương nhiên được xóa án tích"): a person's record is cleared
 * automatically when they have completed the main penalty (or the probation of a suspended sentence) and
 * every supplementary penalty, and then commit no new offence for:
 *   - 1 year  after a warning, fine, non-custodial reform or a suspended sentence (án treo);
 *   - 2 years after imprisonment of up to 5 years;
 *   - 3 years after imprisonment of more than 5 and up to 15 years;
 *   - 5 years after imprisonment of more than 15 years, life, or a commuted death sentence.
 * The waiting time runs from the day all penalties are completed (art. 70(2)); when the supplementary
 * penalties end later than the main one, from their end. The result is a suggestion: the counselor can
 * override it with the date on the certificate from the Department of Justice.
 */

export const SENTENCE_KINDS = ['non-custodial', 'suspended', 'prison', 'life'] as const;
export type SentenceKind = (typeof SENTENCE_KINDS)[number];

export interface ExpungementInput {
  sentenceKind?: SentenceKind;
  /** Length of imprisonment in months (prison only). */
  sentenceMonths?: number;
  /** The day the main penalty was completed (release from prison, end of probation): YYYY-MM-DD. */
  mainPenaltyCompletedOn?: string;
  /** End dates (YYYY-MM-DD) of supplementary penalties: the waiting time starts after the last one. */
  supplementaryUntil?: readonly string[];
}

export interface ExpungementResult {
  /** YYYY-MM-DD */
  date: string;
  waitingYears: number;
  /** YYYY-MM-DD: when all penalties are completed (the start of the waiting time). */
  countedFrom: string;
  basis: { vi: string; en: string };
}

/** Years of waiting after completion (art. 70(2)), or undefined when the sentence is not known well enough. */
export function expungementWaitingYears(kind: SentenceKind | undefined, months?: number): number | undefined {
  if (kind === 'non-custodial' || kind === 'suspended') return 1;
  if (kind === 'life') return 5;
  if (kind !== 'prison' || months === undefined || !(months > 0)) return undefined;
  if (months <= 60) return 2;
  if (months <= 180) return 3;
  return 5;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function addYears(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  // 29 February + 1 year → 1 March (the day after 28 February), as the waiting time is counted in full years.
  const result = new Date(Date.UTC(y + years, m - 1, d));
  return result.toISOString().slice(0, 10);
}

/** The date the record is cleared automatically, or undefined when an input is missing. */
export function computeExpungementDate(input: ExpungementInput): ExpungementResult | undefined {
  const years = expungementWaitingYears(input.sentenceKind, input.sentenceMonths);
  if (years === undefined || !input.mainPenaltyCompletedOn || !DATE.test(input.mainPenaltyCompletedOn))
    return undefined;
  const ends = [
    input.mainPenaltyCompletedOn,
    ...(input.supplementaryUntil ?? []).filter((d) => DATE.test(d)),
  ];
  const countedFrom = ends.sort().at(-1)!;
  const kindText: Record<SentenceKind, { vi: string; en: string }> = {
    'non-custodial': { vi: 'hình phạt không phải tù', en: 'a non-custodial penalty' },
    suspended: { vi: 'án treo', en: 'a suspended sentence' },
    prison: {
      vi: `phạt tù ${input.sentenceMonths} tháng`,
      en: `${input.sentenceMonths} months' imprisonment`,
    },
    life: { vi: 'tù chung thân', en: 'life imprisonment' },
  };
  const kind = kindText[input.sentenceKind!];
  return {
    date: addYears(countedFrom, years),
    waitingYears: years,
    countedFrom,
    basis: {
      vi: `Điều 70 Bộ luật Hình sự: ${years} năm sau khi chấp hành xong ${kind.vi} và các hình phạt bổ sung (từ ${countedFrom}).`,
      en: `Penal Code art. 70: ${years} year${years > 1 ? 's' : ''} after completing ${kind.en} and any supplementary penalties (from ${countedFrom}).`,
    },
  };
}

/** VBSP loans for returnees (Decision 22/2023/QĐ-TTg): within 5 years of release, ≤ 100 million VND. */
export const VBSP_LOAN = {
  maxAmount: 100_000_000,
  yearsAfterRelease: 5,
  trainingMonthlyMax: 4_000_000,
} as const;

/** Whether a release date is recent enough for a VBSP returnee loan on a given day. */
export function withinVbspLoanWindow(releaseDate: string, on: Date = new Date()): boolean {
  if (!DATE.test(releaseDate)) return false;
  return addYears(releaseDate, VBSP_LOAN.yearsAfterRelease) >= on.toISOString().slice(0, 10);
}
