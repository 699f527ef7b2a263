import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';

/** Reports start with the job fairs (the only reports so far). */
export const load: PageServerLoad = async () => {
  redirect(307, '/reports/fairs');
};
