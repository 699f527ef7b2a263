import { DEFAULT_LOCALE, isLocale, type Locale, localeFromAcceptLanguage } from '@ctn/shared';
import fp from 'fastify-plugin';

declare module 'fastify' {
  interface FastifyRequest {
    /** Language for messages in this response: `lang` cookie, then Accept-Language, then Vietnamese. */
    locale: Locale;
  }
}

export const LOCALE_COOKIE = 'lang';

export default fp(
  async (app) => {
    app.decorateRequest('locale', DEFAULT_LOCALE);
    app.addHook('onRequest', async (request) => {
      const fromCookie = request.cookies[LOCALE_COOKIE];
      request.locale = isLocale(fromCookie)
        ? fromCookie
        : localeFromAcceptLanguage(request.headers['accept-language']);
    });
  },
  { name: 'i18n', dependencies: ['@fastify/cookie'] },
);
