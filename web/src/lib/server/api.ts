import type { ErrorEnvelope } from '@ctn/shared/contracts/common';
import type { FieldError } from '@ctn/shared/i18n/validation';
import { type Cookies, error, fail, type RequestEvent } from '@sveltejs/kit';

/**
 * Server-side calls from pages to the API. `event.fetch` goes through hooks.server.ts (handleFetch), which
 * sends the visitor's cookies, language and address along. Set-Cookie headers from the API (sign-in,
 * sign-out) are relayed to the browser here.
 */

export type ApiResult<T> =
  | { ok: true; status: number; data: T }
  | { ok: false; status: number; error: ErrorEnvelope };

type Event = Pick<RequestEvent, 'fetch' | 'cookies'>;

/** Parses one Set-Cookie header (our API only sets simple session cookies). */
function parseSetCookie(header: string) {
  const [pair = '', ...attributes] = header.split(';').map((part) => part.trim());
  const eq = pair.indexOf('=');
  const options: Parameters<Cookies['set']>[2] = {
    path: '/',
    httpOnly: false,
    secure: false,
    sameSite: 'lax',
  };
  for (const attribute of attributes) {
    const [key = '', value = ''] = attribute.split('=');
    switch (key.toLowerCase()) {
      case 'path':
        options.path = value;
        break;
      case 'expires':
        options.expires = new Date(value);
        break;
      case 'max-age':
        options.maxAge = Number(value);
        break;
      case 'httponly':
        options.httpOnly = true;
        break;
      case 'secure':
        options.secure = true;
        break;
      case 'samesite':
        options.sameSite = value.toLowerCase() as 'lax' | 'strict' | 'none';
        break;
    }
  }
  return { name: pair.slice(0, eq), value: decodeURIComponent(pair.slice(eq + 1)), options };
}

function relayCookies(response: Response, cookies: Cookies): void {
  for (const header of response.headers.getSetCookie()) {
    const { name, value, options } = parseSetCookie(header);
    if (name) cookies.set(name, value, options);
  }
}

async function call<T>(event: Event, method: string, path: string, body?: unknown): Promise<ApiResult<T>> {
  const response = await event.fetch(`/api${path}`, {
    method,
    headers:
      body === undefined
        ? { accept: 'application/json' }
        : { accept: 'application/json', 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  relayCookies(response, event.cookies);
  const text = await response.text();
  const parsed = text ? (JSON.parse(text) as unknown) : undefined;
  if (response.ok) return { ok: true, status: response.status, data: parsed as T };
  return { ok: false, status: response.status, error: parsed as ErrorEnvelope };
}

export const api = {
  get: <T>(event: Event, path: string) => call<T>(event, 'GET', path),
  post: <T>(event: Event, path: string, body: unknown = {}) => call<T>(event, 'POST', path, body),
  put: <T>(event: Event, path: string, body: unknown) => call<T>(event, 'PUT', path, body),
  patch: <T>(event: Event, path: string, body: unknown) => call<T>(event, 'PATCH', path, body),
  delete: <T>(event: Event, path: string) => call<T>(event, 'DELETE', path),
};

/** For loads: the data, or SvelteKit's error page with the API's own (localised) message. */
export function unwrap<T>(result: ApiResult<T>): T {
  if (result.ok) return result.data;
  error(result.status, { message: result.error?.message ?? 'Error', requestId: result.error?.requestId });
}

/** Field errors keyed by field path, for inline display next to each input. */
export function fieldErrors(fields: FieldError[] | undefined): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const f of fields ?? []) errors[f.field] ??= f.message;
  return errors;
}

/**
 * For form actions: turns an API failure into `fail(status, …)` that keeps what the person typed
 * (never the password) and shows each field's message next to it.
 */
export function failWith(
  result: { ok: false; status: number; error: ErrorEnvelope },
  values: Record<string, unknown> = {},
) {
  const safeValues = Object.fromEntries(Object.entries(values).filter(([key]) => !/password/i.test(key)));
  return fail(result.status >= 400 && result.status < 500 ? result.status : 500, {
    values: safeValues,
    errors: fieldErrors(result.error?.fields),
    message: result.error?.message ?? '',
  });
}

/** FormData → plain object of strings (repeated names become arrays), trimmed; empty strings dropped. */
export function formValues(form: FormData): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {};
  for (const [key, raw] of form.entries()) {
    if (typeof raw !== 'string') continue;
    const value = raw.trim();
    if (value === '') continue;
    const existing = values[key];
    if (existing === undefined) values[key] = value;
    else values[key] = Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return values;
}
