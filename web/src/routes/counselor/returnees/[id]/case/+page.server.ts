import type { SupplementaryPenalty, UpdateCaseBody } from '@ctn/shared/contracts/returnees';
import { redirect } from '@sveltejs/kit';
import { caseApi } from '$lib/api/matching';
import { returneesApi } from '$lib/api/returnees';
import { failWith, formValues, unwrap } from '$lib/server/api';
import { integerOrText, single } from '$lib/server/forms';
import { requireRole } from '$lib/server/guards';
import type { Actions, PageServerLoad } from './$types';

/** The case record: read once per page load (each read is audit-logged by the API). */
export const load: PageServerLoad = async (event) => {
  requireRole(event.locals, event.url, ['counselor', 'admin']);
  const [returnee, record] = await Promise.all([
    returneesApi.get(event, event.params.id),
    caseApi.get(event, event.params.id),
  ]);
  return { returnee: unwrap(returnee), record: unwrap(record), saved: event.url.searchParams.get('saved') };
};

const back = (event: { url: URL }, part: string) =>
  redirect(303, `${event.url.pathname}?saved=${part}#${part}`);

function penaltyRows(values: Record<string, string | string[]>) {
  const indexes = [
    ...new Set(
      Object.keys(values)
        .map((key) => /^pen-(\d+)-/.exec(key)?.[1])
        .filter(Boolean)
        .map(Number),
    ),
  ].sort((a, b) => a - b);
  const kept = indexes.filter((i) => single(values[`pen-${i}-keep`]) && single(values[`pen-${i}-kind`]));
  const penalties: SupplementaryPenalty[] = kept.map((i) => {
    const kind = single(values[`pen-${i}-kind`]) as SupplementaryPenalty['kind'];
    const codes = (single(values[`pen-${i}-codes`]) ?? '')
      .split(/[,;\s]+/)
      .map((code) => code.trim())
      .filter(Boolean);
    return {
      kind,
      ...(kind === 'occupation-ban' ? { occupationCodes: codes } : { placeCodes: codes }),
      until: single(values[`pen-${i}-until`]) ?? '',
      ...(single(values[`pen-${i}-note`]) ? { note: single(values[`pen-${i}-note`]) } : {}),
    };
  });
  return { penalties, kept };
}

export const actions: Actions = {
  saveCase: async (event) => {
    const values = formValues(await event.request.formData());
    const months = single(values.sentenceMonths);
    const body: UpdateCaseBody = {
      ...(single(values.cccd) ? { cccd: single(values.cccd) } : {}),
      ...(single(values.releaseDate) ? { releaseDate: single(values.releaseDate) } : {}),
      ...(single(values.certificateRef)
        ? { sentenceCompletionCertificateRef: single(values.certificateRef) }
        : {}),
      ...(single(values.offenceCategory) ? { offenceCategory: single(values.offenceCategory) } : {}),
      ...(single(values.sentenceKind)
        ? { sentenceKind: single(values.sentenceKind) as UpdateCaseBody['sentenceKind'] }
        : {}),
      sentenceMonths: months ? (integerOrText(months) as number) : null,
      riskGroup: (single(values.riskGroup) as UpdateCaseBody['riskGroup']) ?? null,
      expungementDateOverride: single(values.expungementDateOverride) ?? null,
    };
    const result = await caseApi.update(event, event.params.id, body);
    if (!result.ok) return failWith(result, { ...values, part: 'identity' });
    back(event, 'identity');
  },
  savePenalties: async (event) => {
    const values = formValues(await event.request.formData());
    const { penalties, kept } = penaltyRows(values);
    const result = await caseApi.update(event, event.params.id, { supplementaryPenalties: penalties });
    if (!result.ok) {
      // "supplementaryPenalties.1.placeCodes" → the row the person typed it in.
      const fields = (result.error?.fields ?? []).map((f) => {
        const match = /^supplementaryPenalties\.(\d+)\.(\w+)$/.exec(f.field);
        return match
          ? { ...f, field: `pen-${kept[Number(match[1])]}-${match[2] === 'until' ? 'until' : 'codes'}` }
          : f;
      });
      return failWith({ ...result, error: { ...result.error, fields } }, { ...values, part: 'penalties' });
    }
    back(event, 'penalties');
  },
  addNote: async (event) => {
    const values = formValues(await event.request.formData());
    const result = await caseApi.update(event, event.params.id, { addNote: single(values.note) ?? '' });
    if (!result.ok) return failWith(result, { ...values, part: 'notes' });
    back(event, 'notes');
  },
  addReferral: async (event) => {
    const values = formValues(await event.request.formData());
    const amount = single(values.amount)?.replace(/[.,\s]/g, '');
    const result = await caseApi.addReferral(event, event.params.id, {
      kind: (single(values.kind) ?? '') as never,
      ...(amount ? { amount: integerOrText(amount) as number } : {}),
      ...(single(values.partner) ? { partner: single(values.partner) } : {}),
      ...(single(values.note) ? { note: single(values.note) } : {}),
    });
    if (!result.ok) return failWith(result, { ...values, part: 'referrals' });
    back(event, 'referrals');
  },
  updateReferral: async (event) => {
    const values = formValues(await event.request.formData());
    const result = await caseApi.updateReferral(event, event.params.id, single(values.referralId) ?? '', {
      ...(single(values.status) ? { status: single(values.status) as never } : {}),
      ...(single(values.outcome) ? { outcome: single(values.outcome) } : {}),
    });
    if (!result.ok) return failWith(result, { ...values, part: `referral-${single(values.referralId)}` });
    back(event, 'referrals');
  },
};
