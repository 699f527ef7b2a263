import type { CreateFairBody } from '@ctn/shared/contracts/fairs';
import { integerOrText, single } from '$lib/server/forms';

/** The fair form's fields → the API body (numbers sent as typed when they are not numbers). */
export function fairBody(values: Record<string, string | string[]>): CreateFairBody {
  const agencies = (single(values.agencies) ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  return {
    name: single(values.name) ?? '',
    provinceCode: single(values.provinceCode) ?? '',
    communeCode: single(values.communeCode),
    venue: single(values.venue) ?? '',
    date: single(values.date) ?? '',
    startTime: single(values.startTime) ?? '',
    endTime: single(values.endTime) ?? '',
    agencies,
    hiringTarget: integerOrText(single(values.hiringTarget) ?? '0') as number,
    capacity: integerOrText(single(values.capacity) ?? '') as number,
    description: single(values.description),
  };
}
