import {
  type AnonymousCandidate,
  type CandidatesResponse,
  certificateLevelById,
  type Locale,
  type MatchedPosting,
  type MatchesResponse,
  occupationByCode,
} from '@ctn/shared';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Types, trusted } from 'mongoose';
import { type Actor, hasRole, isAdminOf, sameId } from '../../auth/actor';
import { NotFoundError } from '../../lib/errors';
import { consentModel } from '../consents/model';
import { postingModel } from '../postings/model';
import { canReadReturnee } from '../returnees/policy';
import { loadReturneeFor } from '../returnees/service';
import { explainMatch } from './explain';
import type { MatchingStore } from './store';
import type { MatchablePosting, MatchProfile } from './types';

export function toMatchedPosting(p: MatchablePosting): MatchedPosting {
  return {
    id: p.id,
    title: p.title,
    employerId: p.employerId,
    employerName: p.employerName,
    occupationCode: p.occupationCode,
    provinceCode: p.provinceCode,
    communeCode: p.communeCode,
    wageMin: p.wageMin || undefined,
    wageMax: p.wageMax || undefined,
    employmentType: p.employmentType as MatchedPosting['employmentType'],
    shift: p.shift as MatchedPosting['shift'],
    housing: p.benefits.includes('housing'),
    fairChancePledge: p.fairChancePledge,
    deadline: p.deadline,
  };
}

/**
 * What an employer may see of a person (DESIGN.md §4): the anonymous code, skills, certificates, commune
 * and availability. Built field by field from the profile, so nothing else can slip through.
 */
export function toAnonymousCandidate(profile: MatchProfile, locale: Locale): AnonymousCandidate {
  return {
    anonymousCode: profile.anonymousCode,
    skills: profile.skills.map((skill) => skill.label),
    certificates: profile.certificates.map((c) => {
      const level = certificateLevelById(c.level);
      const occupation = c.occupationCode ? occupationByCode(c.occupationCode) : undefined;
      const levelName = (locale === 'en' ? level?.nameEn : level?.nameVi) ?? c.level;
      const occupationName = locale === 'en' ? occupation?.nameEn : occupation?.nameVi;
      return {
        level: c.level,
        name: occupationName ? `${levelName} – ${occupationName}` : levelName,
        occupationCode: c.occupationCode,
        verified: c.verified,
      };
    }),
    provinceCode: profile.provinceCode,
    communeCode: profile.communeCode,
    availability: {
      from: profile.availableFrom,
      shifts: [...profile.shifts] as AnonymousCandidate['availability']['shifts'],
      employmentTypes: [...profile.employmentTypes] as AnonymousCandidate['availability']['employmentTypes'],
    },
  };
}

async function profileFor(store: MatchingStore, id: string): Promise<MatchProfile> {
  let profile = store.returnees.profile(id);
  if (!profile) {
    await store.refreshReturnees([id]);
    profile = store.returnees.profile(id);
  }
  if (!profile) throw new NotFoundError();
  return profile;
}

/**
 * The best open postings for a person (the person, their counselor, the province's admins), each with its
 * reasons and gaps. Postings the person's penalties rule out are simply not there.
 */
export async function matchesForReturnee(
  app: FastifyInstance,
  request: FastifyRequest,
  returneeId: string,
  limit = 20,
): Promise<MatchesResponse> {
  const actor = request.requireActor();
  const returnee = await loadReturneeFor(app, actor, returneeId, canReadReturnee);
  const store = app.matching;
  const profile = await profileFor(store, String(returnee._id));
  const now = Date.now();
  const ranked = store.postings.rankForReturnee(profile, { limit, now });
  const items = ranked.items.map(({ slot, score }) => {
    const posting = store.postings.at(slot)!;
    const explained = explainMatch(profile, posting, { audience: 'person', now });
    const applied = store.applicationOf(profile.id, posting.id);
    return {
      posting: toMatchedPosting(posting),
      score,
      reasons: explained.reasons,
      gaps: explained.gaps,
      ...(applied ? { application: { id: applied.id, status: applied.status } } : {}),
    };
  });
  return { items, considered: ranked.considered, computedAt: new Date(now).toISOString() };
}

export function canSeeCandidatesFor(
  actor: Actor,
  posting: { employerId: unknown; provinceCode: string },
): boolean {
  return (
    (hasRole(actor, 'employer') && sameId(actor.employerId, posting.employerId)) ||
    isAdminOf(actor, posting.provinceCode)
  );
}

/**
 * Suggested candidates for a posting (its employer, the province's admins): only people whose `matching`
 * consent is in force — checked against the database at the moment of reading, so a revocation counts at
 * once on every instance — and only anonymously.
 */
export async function candidatesForPosting(
  app: FastifyInstance,
  request: FastifyRequest,
  postingId: string,
  limit = 20,
): Promise<CandidatesResponse> {
  const actor = request.requireActor();
  const now = Date.now();
  const store = app.matching;
  const open = app.openPostings.get(postingId) as MatchablePosting | undefined;
  if (!open) {
    // Not on the board (draft, closed, filled): its owner gets an empty list, anyone else a 404.
    if (!Types.ObjectId.isValid(postingId)) throw new NotFoundError();
    const stored = await postingModel(app.db.connection)
      .findById(postingId, { employerId: 1, provinceCode: 1 })
      .lean();
    if (!stored || !canSeeCandidatesFor(actor, stored)) throw new NotFoundError();
    return { postingId, items: [], considered: 0, computedAt: new Date(now).toISOString() };
  }
  if (!canSeeCandidatesFor(actor, open)) throw new NotFoundError();

  // Twice as many as needed: a few may have just revoked their consent elsewhere.
  const ranked = store.returnees.rankForPosting(open, { limit: limit * 2, now, consentedOnly: true });
  const ids = ranked.items.map(({ slot }) => store.returnees.idAt(slot)!);
  const consented = ids.length
    ? new Set(
        (
          await consentModel(app.db.connection)
            .find(
              {
                purpose: 'matching',
                active: true,
                returneeId: trusted({ $in: ids.map((id) => new Types.ObjectId(id)) }),
              },
              { returneeId: 1 },
            )
            .lean()
        ).map((row) => String(row.returneeId)),
      )
    : new Set<string>();
  const items: CandidatesResponse['items'] = [];
  for (const { slot, score } of ranked.items) {
    const profile = store.returnees.profileAt(slot);
    if (!profile || !consented.has(profile.id)) continue;
    const explained = explainMatch(profile, open, { audience: 'employer', now });
    const applied = store.applicationOf(profile.id, open.id);
    items.push({
      candidate: toAnonymousCandidate(profile, actor.locale),
      score,
      reasons: explained.reasons,
      gaps: explained.gaps,
      ...(applied ? { applicationId: applied.id } : {}),
    });
    if (items.length === limit) break;
  }
  return { postingId, items, considered: ranked.considered, computedAt: new Date(now).toISOString() };
}
