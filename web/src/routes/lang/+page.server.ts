import { isLocale } from '@ctn/shared/i18n/locale';
import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';

/** Only same-site paths: never redirect to another site from a form field. */
function safeNext(value: FormDataEntryValue | string | null): string {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') ? value : '/';
}

export const load: PageServerLoad = async () => redirect(303, '/');

/** The language switch: a plain form post, so it works without JavaScript. */
export const actions: Actions = {
  default: async ({ request, cookies, url }) => {
    const form = await request.formData();
    const lang = form.get('lang');
    if (isLocale(lang)) {
      cookies.set('lang', lang, {
        path: '/',
        maxAge: 60 * 60 * 24 * 365,
        httpOnly: false,
        sameSite: 'lax',
        secure: url.protocol === 'https:',
      });
    }
    redirect(303, safeNext(form.get('next')));
  },
};
