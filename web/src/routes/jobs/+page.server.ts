import { occupationByCode } from '@ctn/shared/taxonomy/occupations';
import { jobsApi } from '$lib/api/jobs';
import { unwrap } from '$lib/server/api';
import { provinceOptions } from '$lib/server/provinces';
import type { PageServerLoad } from './$types';

const SINGLE = [
  'q',
  'province',
  'commune',
  'occupation',
  'minWage',
  'type',
  'shift',
  'sort',
  'page',
  'fair',
  'employer',
];
const VALID: Record<string, RegExp> = {
  province: /^\d{2}$/,
  commune: /^\d{5}$/,
  occupation: /^\d{1,4}$/,
  minWage: /^\d{1,10}$/,
  page: /^\d{1,3}$/,
  type: /^(full-time|part-time|seasonal)$/,
  shift: /^(day|night|rotating)$/,
  sort: /^(relevance|newest|wage)$/,
  fair: /^[a-f0-9]{24}$/,
  employer: /^[a-f0-9]{24}$/,
};

/**
 * The board reads everything from the URL (shareable, works without JavaScript): the GET form's fields
 * go to the API as they are, repeated `benefits` checkboxes joined with commas. Values that cannot be
 * right are dropped instead of answering with an error page.
 */
export const load: PageServerLoad = async (event) => {
  const params = event.url.searchParams;
  const query = new URLSearchParams();
  for (const key of SINGLE) {
    const value = params.get(key)?.trim();
    if (!value) continue;
    if (VALID[key] && !VALID[key].test(value)) continue;
    query.set(key, key === 'q' ? value.slice(0, 200) : value);
  }
  const benefits = params
    .getAll('benefits')
    .flatMap((value) => value.split(','))
    .filter((value) => /^(meals|housing|insurance|transport)$/.test(value));
  if (benefits.length > 0) query.set('benefits', [...new Set(benefits)].join(','));
  if (params.get('fairChance') === 'true') query.set('fairChance', 'true');
  const result = unwrap(await jobsApi.search(event, query));
  const occupationCode = query.get('occupation');
  const occupation = occupationCode ? occupationByCode(occupationCode) : undefined;
  return {
    result,
    filters: {
      q: query.get('q') ?? '',
      province: query.get('province') ?? '',
      commune: query.get('commune') ?? '',
      occupation: occupationCode ?? '',
      minWage: query.get('minWage') ?? '',
      type: query.get('type') ?? '',
      shift: query.get('shift') ?? '',
      benefits,
      fairChance: query.get('fairChance') === 'true',
      sort: query.get('sort') ?? '',
    },
    /** Every province, so that any can be chosen (the facet gives the counts of those with jobs). */
    provinces: provinceOptions(event.locals.locale),
    occupationLabel: occupation
      ? { code: occupation.code, name: event.locals.locale === 'en' ? occupation.nameEn : occupation.nameVi }
      : null,
  };
};
