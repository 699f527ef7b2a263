/**
 * How an open posting looks in memory and in the search index. One object per open posting serves both:
 * the embedded engine keeps the very object it is given (no copy), and the open-postings registry that
 * matching reads holds the same object, so 100k postings cost their memory once.
 */
import {
  communeByCode,
  deadlineEnd,
  FORMER_PROVINCES,
  foldVietnamese,
  occupationAncestors,
  occupationByCode,
  provinceByCode,
  synonymGroups,
} from '@ctn/shared';
import type { IndexSettings } from '../../search/engine';
import type { PostingRecord } from './model';

export const JOBS_INDEX = 'jobs';

/** An open posting as matching and search read it. Never mutate one: replace it. */
export interface OpenPosting {
  [field: string]: unknown;
  id: string;
  employerId: string;
  employerName: string;
  fairChancePledge: boolean;
  title: string;
  /** VSCO unit group (4 digits) and its ancestors, nearest last: ["7", "72", "721", "7212"]. */
  occupationCode: string;
  occupationCodes: string[];
  occupationName: string;
  /** Names of required then preferred skills (searchable text). */
  skills: string[];
  /** Taxonomy ids (skills.ts) of the required and preferred skills that have one. */
  requiredSkillIds: string[];
  preferredSkillIds: string[];
  requiredSkills: { id?: string; name: string }[];
  preferredSkills: { id?: string; name: string }[];
  requiredCertificates: { level?: string; occupationCode?: string; name: string }[];
  preferredCertificates: { level?: string; occupationCode?: string; name: string }[];
  education?: string;
  vacancies: number;
  wageMin: number;
  wageMax: number;
  employmentType: 'full-time' | 'part-time' | 'seasonal';
  shift: 'day' | 'night' | 'rotating';
  benefits: string[];
  provinceCode: string;
  provinceName: string;
  communeCode?: string;
  communeName?: string;
  address?: string;
  /** Other names of the place people search for ("Sài Gòn", "Bình Dương" for Hồ Chí Minh). */
  placeAliases: string[];
  fairIds: string[];
  /** YYYY-MM-DD, and the end of that day in ms. */
  deadline: string;
  deadlineAt: number;
  publishedAt: number;
  updatedAt: number;
}

/** What the mapping needs to know about the employer (kept per process, see index-sync.ts). */
export interface EmployerFacts {
  name: string;
  verified: boolean;
  fairChancePledge: boolean;
}

let settings: IndexSettings | undefined;

/**
 * Index settings of the job board; synonyms are the occupation taxonomy's colloquial titles. The
 * description is not searched (DESIGN.md §9: title and skills, not free text): its common words ("tại",
 * "làm việc", "xe đưa đón") would match nearly every posting, cost time on every query, and push precise
 * matches down.
 */
export function jobIndexSettings(): IndexSettings {
  settings ??= {
    searchableAttributes: [
      'title',
      'occupationName',
      'skills',
      'employerName',
      'provinceName',
      'communeName',
      'placeAliases',
    ],
    filterableAttributes: [
      'provinceCode',
      'communeCode',
      'occupationCode',
      'occupationCodes',
      'employerId',
      'employmentType',
      'shift',
      'benefits',
      'wageMin',
      'wageMax',
      'fairChancePledge',
      'fairIds',
    ],
    sortableAttributes: ['publishedAt', 'wageMax', 'wageMin'],
    // The board marks matched words in titles only; highlighting costs ~5 % of a search per attribute.
    highlightAttributes: ['title'],
    synonyms: synonymGroups(),
  };
  return settings;
}

const placeAliasCache = new Map<string, string[]>();
/** Former province names and common aliases; shared arrays (one per province) to save memory. */
function placeAliases(provinceCode: string): string[] {
  let aliases = placeAliasCache.get(provinceCode);
  if (!aliases) {
    const province = provinceByCode(provinceCode);
    const former = FORMER_PROVINCES.filter(
      (item) => item.currentCode === provinceCode && item.name !== province?.name,
    ).map((item) => item.name);
    aliases = province ? [...province.aliases, ...former] : [];
    placeAliasCache.set(provinceCode, aliases);
  }
  return aliases;
}

const ancestorCache = new Map<string, string[]>();
export function occupationCodesOf(code: string): string[] {
  let codes = ancestorCache.get(code);
  if (!codes) {
    codes = [
      ...occupationAncestors(code)
        .map((o) => o.code)
        .reverse(),
      code,
    ];
    ancestorCache.set(code, codes);
  }
  return codes;
}

/**
 * A posting is live on the board when it is open, not deleted, before its deadline, and its employer is
 * verified (an employer whose verification is withdrawn disappears from the board until verified again).
 */
export function isLive(
  posting: Pick<PostingRecord, 'status' | 'deletedAt' | 'deadline'>,
  employer: EmployerFacts | undefined,
  now = Date.now(),
): boolean {
  return (
    posting.status === 'open' &&
    !posting.deletedAt &&
    !!employer?.verified &&
    deadlineEnd(posting.deadline).getTime() >= now
  );
}

/**
 * One copy of each short string that repeats across postings (titles, skill names, benefits, dates): the
 * database driver gives every document its own copies, which for 100k postings costs tens of megabytes.
 */
const interned = new Map<string, string>();
function intern(text: string): string;
function intern(text: string | undefined): string | undefined;
function intern(text: string | undefined): string | undefined {
  if (text === undefined || text.length > 120) return text;
  const known = interned.get(text);
  if (known !== undefined) return known;
  if (interned.size >= 200_000) interned.clear();
  interned.set(text, text);
  return text;
}

const idsOf = (skills: { id?: string | null }[]) =>
  skills.map((skill) => skill.id).filter((id): id is string => !!id);
const clean = <T extends Record<string, unknown>>(items: T[]): T[] =>
  items.map(
    (item) =>
      Object.fromEntries(Object.entries(item).filter(([, value]) => value != null && value !== '')) as T,
  );

/** A posting as the sync reads it: without the long texts the registry and the index never hold. */
export type IndexedPostingRecord = Omit<PostingRecord, 'description' | 'moderationNotes'>;

export function toOpenPosting(posting: IndexedPostingRecord, employer: EmployerFacts): OpenPosting {
  const province = provinceByCode(posting.provinceCode);
  const commune = posting.communeCode ? communeByCode(posting.communeCode) : undefined;
  const occupation = occupationByCode(posting.occupationCode);
  const requiredSkills = clean(posting.requiredSkills as { id?: string; name: string }[]);
  const preferredSkills = clean(posting.preferredSkills as { id?: string; name: string }[]);
  const open: OpenPosting = {
    id: String(posting._id),
    employerId: intern(String(posting.employerId)),
    employerName: employer.name,
    fairChancePledge: employer.fairChancePledge,
    title: intern(posting.title),
    occupationCode: intern(posting.occupationCode),
    occupationCodes: occupationCodesOf(posting.occupationCode),
    occupationName: occupation?.nameVi ?? posting.occupationCode,
    skills: [...requiredSkills, ...preferredSkills].map((skill) => skill.name),
    requiredSkillIds: idsOf(requiredSkills),
    preferredSkillIds: idsOf(preferredSkills),
    requiredSkills,
    preferredSkills,
    requiredCertificates: clean(posting.requiredCertificates as OpenPosting['requiredCertificates']),
    preferredCertificates: clean(posting.preferredCertificates as OpenPosting['preferredCertificates']),
    vacancies: posting.vacancies,
    wageMin: posting.wageMin,
    wageMax: posting.wageMax,
    employmentType: intern(posting.employmentType) as OpenPosting['employmentType'],
    shift: intern(posting.shift) as OpenPosting['shift'],
    benefits: (posting.benefits ?? []).map((benefit) => intern(benefit)),
    provinceCode: province?.code ?? posting.provinceCode,
    provinceName: province?.name ?? posting.provinceCode,
    placeAliases: placeAliases(posting.provinceCode),
    fairIds: (posting.fairIds ?? []).map(String),
    deadline: intern(posting.deadline),
    deadlineAt: deadlineEnd(posting.deadline).getTime(),
    publishedAt: (posting.publishedAt ?? posting.updatedAt).getTime(),
    updatedAt: posting.updatedAt.getTime(),
  };
  if (posting.education) open.education = intern(posting.education);
  if (commune) {
    open.communeCode = commune.code;
    open.communeName = commune.name;
  }
  if (posting.address) open.address = intern(posting.address);
  return open;
}

/** The folded text the admin list filters on (and the benchmark's $regex baseline searches). */
export function postingSearchKey(input: {
  title: string;
  occupationCode: string;
  provinceCode: string;
  communeCode?: string | null;
  employerName?: string;
}): string {
  const occupation = occupationByCode(input.occupationCode);
  const province = provinceByCode(input.provinceCode);
  const commune = input.communeCode ? communeByCode(input.communeCode) : undefined;
  return foldVietnamese(
    [input.title, occupation?.nameVi, input.employerName, province?.name, commune?.name]
      .filter(Boolean)
      .join(' '),
  );
}
