import type { ConsentRecord } from '@ctn/shared/contracts/consents';
import type { Bilingual } from '@ctn/shared/i18n/locale';
import { api } from '$lib/server/api';

type ApiEvent = Parameters<typeof api.get>[0];

/** GET /api/consents/purposes: what each kind of consent means, in both languages. */
export interface ConsentPurpose {
  kind: string;
  title: Bilingual;
  text: Bilingual;
}

export const consentsApi = {
  purposes: (event: ApiEvent) => api.get<ConsentPurpose[]>(event, '/consents/purposes'),
  list: (event: ApiEvent, returneeId: string) =>
    api.get<ConsentRecord[]>(event, `/returnees/${encodeURIComponent(returneeId)}/consents`),
  grant: (event: ApiEvent, returneeId: string, purpose: string, confirmed: boolean) =>
    api.post<ConsentRecord>(event, `/returnees/${encodeURIComponent(returneeId)}/consents`, {
      purpose,
      confirmed,
    }),
  revoke: (event: ApiEvent, returneeId: string, consentId: string) =>
    api.post<ConsentRecord>(
      event,
      `/returnees/${encodeURIComponent(returneeId)}/consents/${encodeURIComponent(consentId)}/revoke`,
    ),
};
