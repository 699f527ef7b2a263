import { DEFAULT_LOCALE, isLocale } from '@ctn/shared/i18n/locale';
import type { Handle, HandleFetch, HandleServerError } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';

/** Set by the Fastify web plugin when this app runs inside the API process; it overwrites the header below. */
const EMBEDDED = Symbol.for('ctn.web.embedded');
const INTERNAL_API_HEADER = 'x-ctn-internal-api';

function apiOriginFor(request: Request, ownOrigin: string): string {
  if ((globalThis as Record<symbol, unknown>)[EMBEDDED]) {
    const internal = request.headers.get(INTERNAL_API_HEADER);
    if (internal) return internal;
  }
  return env.API_ORIGIN || ownOrigin;
}

export const handle: Handle = async ({ event, resolve }) => {
  const fromCookie = event.cookies.get('lang');
  // Vietnamese unless the visitor chose English with the switch: many phones here run in English while
  // their owners read Vietnamese, so the browser's Accept-Language is not a good guess for this audience.
  event.locals.locale = isLocale(fromCookie) ? fromCookie : DEFAULT_LOCALE;
  event.locals.apiOrigin = apiOriginFor(event.request, event.url.origin);
  event.locals.user = null;
  // Who is signed in: asked of the API on every page request (sessions live in the database, so any
  // instance can answer). Static assets never reach this hook.
  if (event.cookies.get('ctn_session')) {
    const response = await event.fetch('/api/auth/session');
    if (response.ok) event.locals.user = ((await response.json()) as { user: App.Locals['user'] }).user;
    // An expired or revoked session: forget the cookie instead of asking again on every page.
    if (!event.locals.user) event.cookies.delete('ctn_session', { path: '/' });
  }
  if (event.locals.user && !fromCookie) event.locals.locale = event.locals.user.locale;
  return resolve(event, {
    transformPageChunk: ({ html }) => html.replace('%lang%', event.locals.locale),
  });
};

/**
 * Server-side calls to /api go straight to the API with the visitor's cookies, language and address, and
 * with our own Origin so the API's CSRF check knows the request came from our pages.
 */
export const handleFetch: HandleFetch = async ({ event, request, fetch }) => {
  const url = new URL(request.url);
  if (url.origin !== event.url.origin || !url.pathname.startsWith('/api/')) return fetch(request);

  const target = new URL(url.pathname + url.search, event.locals.apiOrigin);
  const headers = new Headers(request.headers);
  const cookie = event.request.headers.get('cookie');
  if (cookie) headers.set('cookie', cookie);
  headers.set('accept-language', event.locals.locale);
  headers.set('x-forwarded-for', event.getClientAddress());
  headers.set('x-forwarded-host', event.url.host);
  headers.set('x-forwarded-proto', event.url.protocol.replace(':', ''));
  headers.set('origin', event.url.origin);
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
  return globalThis.fetch(target, {
    method: request.method,
    headers,
    body: hasBody ? await request.arrayBuffer() : undefined,
    redirect: 'manual',
  });
};

export const handleError: HandleServerError = ({ error, event, status }) => {
  const requestId = crypto.randomUUID();
  if (status >= 500) console.error({ requestId, path: event.url.pathname, error });
  return {
    message: event.locals.locale === 'en' ? 'Something went wrong.' : 'Đã có lỗi xảy ra.',
    requestId,
  };
};
