import {
  BENEFIT_LABELS,
  communeByCode,
  EMPLOYMENT_TYPE_LABELS,
  type FacetValue,
  type JobCard,
  type JobDetail,
  type JobFacets,
  type JobSearchQuery,
  type JobSearchResponse,
  type JobSort,
  type JobSuggestion,
  type Locale,
  occupationByCode,
  PROVINCES,
  provinceByCode,
  SHIFT_LABELS,
} from '@ctn/shared';
import type { FastifyInstance } from 'fastify';
import type { Actor } from '../../auth/actor';
import { NotFoundError } from '../../lib/errors';
import type { SearchFilter, SearchHit, SearchRequest } from '../../search/engine';
import { postingModel } from '../postings/model';
import { canEditPosting, canModeratePosting, canReadPosting, isPostingOwner } from '../postings/policy';
import { JOBS_INDEX, type OpenPosting } from '../postings/search';
import { loadPostingFor, toPostingDetail } from '../postings/service';

const FACETS = ['provinceCode', 'occupationCode', 'employmentType', 'shift', 'benefits', 'fairChancePledge'];

const csv = (value: string | undefined) =>
  value
    ? value
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean)
    : [];

/** The engine filter for a board query (filters only; the text goes in `q`). */
export function jobFilter(query: JobSearchQuery): SearchFilter {
  const filter: SearchFilter = {};
  const provinces = csv(query.province);
  if (provinces.length === 1) filter.provinceCode = provinces[0]!;
  else if (provinces.length > 1) filter.provinceCode = { in: provinces };
  if (query.commune) filter.communeCode = query.commune;
  if (query.occupation) filter.occupationCodes = query.occupation;
  if (query.minWage) filter.wageMax = { gte: query.minWage };
  if (query.type) filter.employmentType = query.type;
  if (query.shift) filter.shift = query.shift;
  const benefits = csv(query.benefits).filter((b) => b in BENEFIT_LABELS);
  if (benefits.length > 0) filter.benefits = { all: benefits };
  if (query.fairChance) filter.fairChancePledge = true;
  if (query.fair) filter.fairIds = query.fair;
  if (query.employer) filter.employerId = query.employer;
  return filter;
}

function engineSort(sort: JobSort, hasText: boolean): SearchRequest['sort'] {
  if (sort === 'wage') return [{ field: 'wageMax', order: 'desc' }];
  if (sort === 'newest' || !hasText) return [{ field: 'publishedAt', order: 'desc' }];
  return undefined;
}

export function toJobCard(
  posting: OpenPosting,
  highlight: SearchHit<OpenPosting>['highlight'] = {},
): JobCard {
  const card: JobCard = {
    id: posting.id,
    title: posting.title,
    employer: {
      id: posting.employerId,
      name: posting.employerName,
      verified: true,
      fairChancePledge: posting.fairChancePledge,
    },
    occupationCode: posting.occupationCode,
    occupationName: posting.occupationName,
    provinceCode: posting.provinceCode,
    provinceName: posting.provinceName,
    wageMin: posting.wageMin,
    wageMax: posting.wageMax,
    employmentType: posting.employmentType,
    shift: posting.shift,
    benefits: posting.benefits as JobCard['benefits'],
    vacancies: posting.vacancies,
    publishedAt: new Date(posting.publishedAt).toISOString(),
    deadline: posting.deadline,
    highlight: {},
  };
  if (posting.communeCode) {
    card.communeCode = posting.communeCode;
    card.communeName = posting.communeName;
  }
  if (highlight.title) card.highlight.title = highlight.title;
  if (highlight.employerName) card.highlight.employerName = highlight.employerName;
  return card;
}

const labelled = (
  counts: Record<string, number> | undefined,
  label: (value: string) => string | undefined,
): FacetValue[] =>
  Object.entries(counts ?? {}).flatMap(([value, count]) => {
    const text = label(value);
    return text ? [{ value, label: text, count }] : [];
  });

/** Occupation counts one level below the chosen group (major groups when none), rolled up from unit groups. */
function occupationFacet(
  counts: Record<string, number> | undefined,
  chosen: string | undefined,
  locale: Locale,
) {
  const level = Math.min(4, (chosen?.length ?? 0) + 1);
  const rolled = new Map<string, number>();
  for (const [code, count] of Object.entries(counts ?? {})) {
    if (chosen && !code.startsWith(chosen)) continue;
    const group = code.slice(0, level);
    rolled.set(group, (rolled.get(group) ?? 0) + count);
  }
  return [...rolled]
    .sort((a, b) => b[1] - a[1])
    .flatMap(([code, count]) => {
      const occupation = occupationByCode(code);
      return occupation
        ? [{ value: code, label: locale === 'en' ? occupation.nameEn : occupation.nameVi, count }]
        : [];
    });
}

const provinceName = (code: string, locale: Locale) => {
  const province = provinceByCode(code);
  return province ? (locale === 'en' ? province.nameEn : province.name) : undefined;
};

function facetsOf(
  raw: Record<string, Record<string, number>>,
  query: JobSearchQuery,
  locale: Locale,
): JobFacets {
  return {
    province: labelled(raw.provinceCode, (code) => provinceName(code, locale)),
    commune: labelled(raw.communeCode, (code) => {
      const commune = communeByCode(code);
      return commune ? (locale === 'en' ? commune.nameEn : commune.fullName) : undefined;
    }),
    occupation: occupationFacet(raw.occupationCode, query.occupation, locale),
    type: labelled(raw.employmentType, (v) => EMPLOYMENT_TYPE_LABELS[v as 'full-time']?.[locale]),
    shift: labelled(raw.shift, (v) => SHIFT_LABELS[v as 'day']?.[locale]),
    benefits: labelled(raw.benefits, (v) => BENEFIT_LABELS[v as 'meals']?.[locale]),
    fairChance: raw.fairChancePledge?.true ?? 0,
  };
}

/** Query parameters of a board query (what a shareable URL carries). */
export function jobQueryString(query: JobSearchQuery): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === '' || value === false || key === 'page' || key === 'pageSize')
      continue;
    params.set(key, String(value));
  }
  return params.toString();
}

export async function searchJobs(
  app: FastifyInstance,
  query: JobSearchQuery,
  locale: Locale,
): Promise<JobSearchResponse> {
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 20;
  const q = query.q?.trim() ?? '';
  const sort: JobSort = query.sort ?? (q ? 'relevance' : 'newest');
  const filter = jobFilter(query);
  const facets = [...FACETS];
  if (filter.provinceCode && typeof filter.provinceCode === 'string') facets.push('communeCode');
  const response = await app.searchEngine.search<OpenPosting>(JOBS_INDEX, {
    q: q || undefined,
    filter,
    facets,
    sort: engineSort(sort, q !== ''),
    offset: (page - 1) * pageSize,
    limit: pageSize,
  });
  return {
    items: response.hits.map((hit) => toJobCard(hit.document, hit.highlight)),
    total: response.total,
    page,
    pageSize,
    sort,
    facets: facetsOf(response.facets, query, locale),
    suggestions: response.total === 0 ? await suggestionsFor(app, query, locale) : [],
    tookMs: Math.round(response.tookMs * 100) / 100,
  };
}

const SUGGESTION_LABELS = {
  vi: {
    q: 'Bỏ từ khóa',
    province: 'Bỏ lọc tỉnh/thành phố',
    commune: 'Bỏ lọc xã/phường',
    occupation: 'Bỏ lọc nghề',
    minWage: 'Bỏ lọc mức lương',
    type: 'Bỏ lọc hình thức làm việc',
    shift: 'Bỏ lọc ca làm việc',
    benefits: 'Bỏ lọc phúc lợi',
    fairChance: 'Bỏ lọc "tuyển dụng công bằng"',
    fair: 'Bỏ lọc phiên chợ việc làm',
    employer: 'Bỏ lọc doanh nghiệp',
    nearby: (name: string) => `Tìm ở ${name}`,
    occupationPick: (name: string) => `Nghề ${name}`,
  },
  en: {
    q: 'Remove the search words',
    province: 'Remove the province filter',
    commune: 'Remove the commune filter',
    occupation: 'Remove the occupation filter',
    minWage: 'Remove the wage filter',
    type: 'Remove the work type filter',
    shift: 'Remove the shift filter',
    benefits: 'Remove the benefits filter',
    fairChance: 'Remove the "fair-chance employer" filter',
    fair: 'Remove the job fair filter',
    employer: 'Remove the company filter',
    nearby: (name: string) => `Search in ${name}`,
    occupationPick: (name: string) => `Occupation: ${name}`,
  },
};

const REMOVABLE = [
  'q',
  'province',
  'commune',
  'occupation',
  'minWage',
  'type',
  'shift',
  'benefits',
  'fairChance',
  'fair',
  'employer',
] as const;

/** When nothing matched: drop one filter at a time, nearby provinces, popular occupations — with counts. */
async function suggestionsFor(
  app: FastifyInstance,
  query: JobSearchQuery,
  locale: Locale,
): Promise<JobSuggestion[]> {
  const labels = SUGGESTION_LABELS[locale];
  const count = async (variant: JobSearchQuery) =>
    (
      await app.searchEngine.search(JOBS_INDEX, {
        q: variant.q?.trim() || undefined,
        filter: jobFilter(variant),
        limit: 0,
      })
    ).total;
  const suggestions: JobSuggestion[] = [];
  for (const key of REMOVABLE) {
    if (query[key] === undefined || query[key] === '' || query[key] === false) continue;
    const variant: JobSearchQuery = { ...query, [key]: undefined };
    if (key === 'province') variant.commune = undefined;
    const total = await count(variant);
    if (total > 0)
      suggestions.push({ kind: 'remove-filter', label: labels[key], query: jobQueryString(variant), total });
  }
  const chosen = csv(query.province);
  if (chosen.length === 1) {
    const region = provinceByCode(chosen[0]!)?.region;
    const around = await app.searchEngine.search(JOBS_INDEX, {
      q: query.q?.trim() || undefined,
      filter: jobFilter({ ...query, province: undefined, commune: undefined }),
      facets: ['provinceCode'],
      limit: 0,
    });
    const counts = around.facets.provinceCode ?? {};
    for (const province of PROVINCES.filter((p) => p.region === region && p.code !== chosen[0])) {
      const total = counts[province.code] ?? 0;
      if (total === 0) continue;
      suggestions.push({
        kind: 'nearby-province',
        label: labels.nearby(locale === 'en' ? province.nameEn : province.name),
        query: jobQueryString({ ...query, province: province.code, commune: undefined }),
        total,
      });
    }
  }
  // Popular occupations where the person looks, or anywhere when that province has none.
  let scope: string | undefined = query.province;
  let popular = await app.searchEngine.search(JOBS_INDEX, {
    filter: jobFilter({ province: scope }),
    facets: ['occupationCode'],
    limit: 0,
  });
  if (popular.total === 0 && scope) {
    scope = undefined;
    popular = await app.searchEngine.search(JOBS_INDEX, { facets: ['occupationCode'], limit: 0 });
  }
  const top = Object.entries(popular.facets.occupationCode ?? {})
    .sort((a, b) => b[1] - a[1])
    .slice(0, 4);
  for (const [code, total] of top) {
    const occupation = occupationByCode(code);
    if (!occupation) continue;
    suggestions.push({
      kind: 'popular-occupation',
      label: labels.occupationPick(locale === 'en' ? occupation.nameEn : occupation.nameVi),
      query: jobQueryString({ province: scope, occupation: code }),
      total,
    });
  }
  return suggestions.slice(0, 12);
}

/**
 * A posting's page. Live postings come from memory; others from the database: closed and filled ones
 * stay public (shared links keep working and say so), drafts and postings under review only for their
 * employer and the province's admins — anyone else gets 404.
 */
export async function getJobDetail(
  app: FastifyInstance,
  actor: Actor | null,
  id: string,
): Promise<JobDetail> {
  const live = app.openPostings.get(id);
  if (live) {
    // The long text stays in the database: 100k descriptions in memory would cost hundreds of MB
    // (Vietnamese strings are two bytes a character in V8), and only this page needs them.
    const text = await postingModel(app.db.connection).findById(id, { description: 1 }).lean();
    return {
      ...toJobCard(live),
      status: 'open',
      description: text?.description ?? '',
      requiredSkills: live.requiredSkills,
      preferredSkills: live.preferredSkills,
      requiredCertificates: live.requiredCertificates,
      preferredCertificates: live.preferredCertificates,
      education: live.education as JobDetail['education'],
      address: live.address,
      canManage: canEditPosting(actor, live) || canModeratePosting(actor, live),
    };
  }
  const posting = await loadPostingFor(app, actor, id, (who, p) =>
    p.status === 'closed' || p.status === 'filled' ? true : canReadPosting(who, p),
  );
  const employer = app.postingIndex.employerFacts(String(posting.employerId));
  if (posting.status === 'open' && !employer?.verified && !canReadPosting(actor, posting))
    throw new NotFoundError();
  const detail = toPostingDetail(posting, employer?.name ?? '');
  return {
    id: detail.id,
    title: detail.title,
    employer: {
      id: detail.employerId,
      name: detail.employerName,
      verified: !!employer?.verified,
      fairChancePledge: !!employer?.fairChancePledge,
    },
    occupationCode: detail.occupationCode,
    occupationName: detail.occupationName,
    provinceCode: detail.provinceCode,
    provinceName: detail.provinceName,
    communeCode: detail.communeCode,
    communeName: detail.communeName,
    wageMin: detail.wageMin,
    wageMax: detail.wageMax,
    employmentType: detail.employmentType,
    shift: detail.shift,
    benefits: detail.benefits,
    vacancies: detail.vacancies,
    publishedAt: detail.publishedAt ?? detail.updatedAt,
    deadline: detail.deadline,
    highlight: {},
    status: detail.status,
    description: detail.description,
    requiredSkills: detail.requiredSkills,
    preferredSkills: detail.preferredSkills,
    requiredCertificates: detail.requiredCertificates,
    preferredCertificates: detail.preferredCertificates,
    education: detail.education,
    address: detail.address,
    canManage: isPostingOwner(actor, posting) || canModeratePosting(actor, posting),
  };
}
