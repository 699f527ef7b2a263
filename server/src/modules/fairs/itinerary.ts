/**
 * Suggested itinerary: the booths whose postings fit a person best, with the reasons, using the matching
 * module (its in-memory profiles and explainMatch). Postings the person's supplementary penalties rule out
 * are left out silently, as everywhere else; the reasons never mention them.
 *
 * The matching store is reached through the small interface below (`app.matching`), so this keeps
 * working, without scores, on an instance where matching is not loaded.
 */
import type { ItineraryItem } from '@ctn/shared';
import type { FastifyInstance } from 'fastify';
import { explainMatch, isExcluded } from '../matching/explain';
import type { MatchablePosting, MatchProfile } from '../matching/types';
import type { LeanBooth } from './service';

interface MatchingProfiles {
  returnees: { profile(id: string): MatchProfile | undefined };
  refreshReturnees(ids: string[]): Promise<void>;
}

function matchingOf(app: FastifyInstance): MatchingProfiles | undefined {
  const store = (app as unknown as { matching?: MatchingProfiles }).matching;
  return store && typeof store.returnees?.profile === 'function' ? store : undefined;
}

export async function matchProfileOf(
  app: FastifyInstance,
  returneeId: string,
): Promise<MatchProfile | undefined> {
  const store = matchingOf(app);
  if (!store) return undefined;
  let profile = store.returnees.profile(returneeId);
  if (!profile) {
    await store.refreshReturnees([returneeId]);
    profile = store.returnees.profile(returneeId);
  }
  return profile;
}

/** Best booths for a person (one line per booth: its best-fitting posting), highest score first. */
export async function itineraryFor(
  app: FastifyInstance,
  booths: LeanBooth[],
  returneeId: string,
  limit = 5,
  audience: 'person' | 'employer' = 'person',
): Promise<ItineraryItem[]> {
  const profile = await matchProfileOf(app, returneeId);
  if (!profile) return [];
  const now = Date.now();
  const items: ItineraryItem[] = [];
  for (const booth of booths) {
    let best: ItineraryItem | undefined;
    for (const { id } of booth.postings) {
      const posting = app.openPostings.get(id) as MatchablePosting | undefined;
      if (!posting || isExcluded(profile, posting, now)) continue;
      const explained = explainMatch(profile, posting, { audience, now });
      if (best && best.score >= explained.score) continue;
      best = {
        boothId: String(booth._id),
        boothNumber: booth.number ?? 0,
        employerName: booth.employerName,
        postingId: posting.id,
        postingTitle: posting.title,
        score: explained.score,
        reasons: explained.reasons,
        gaps: explained.gaps,
      };
    }
    if (best) items.push(best);
  }
  return items.sort((a, b) => b.score - a.score || a.boothNumber - b.boothNumber).slice(0, limit);
}

/** What a booth sees of the person in front of it: how well they fit its postings (reasons only). */
export async function boothFit(app: FastifyInstance, booth: LeanBooth, returneeId: string | undefined) {
  if (!returneeId) return undefined;
  const [best] = await itineraryFor(app, [booth], returneeId, 1, 'employer');
  if (!best) return undefined;
  return { score: best.score, reasons: best.reasons };
}
