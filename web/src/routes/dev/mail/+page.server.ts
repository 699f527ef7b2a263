import { devApi } from '$lib/api/dev';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const result = await devApi.listMail(event);
  // The API registers /api/dev/mail only in development without SMTP_URL: elsewhere, say so.
  return result.ok
    ? { available: true as const, items: result.data.items }
    : { available: false as const, items: [] };
};
