import type { Role, SessionUser } from '@ctn/shared/contracts/roles';
import { error, redirect } from '@sveltejs/kit';

/** Sends people who are not signed in to the sign-in page, and back here afterwards. */
export function requireUser(locals: App.Locals, url: URL): SessionUser {
  if (!locals.user) redirect(303, `/sign-in?next=${encodeURIComponent(url.pathname + url.search)}`);
  return locals.user;
}

/** Pages for some roles only; others see a 403 page (the API enforces the same rule again). */
export function requireRole(locals: App.Locals, url: URL, roles: Role[]): SessionUser {
  const user = requireUser(locals, url);
  if (!roles.some((role) => user.roles.includes(role))) {
    error(403, {
      message:
        locals.locale === 'en'
          ? 'This page is not for your role.'
          : 'Trang này không dành cho vai trò của bạn.',
    });
  }
  return user;
}

/** Only same-site paths: never redirect to another site from a query string. */
export function safeNext(value: string | null | undefined, fallback = '/'): string {
  return value && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\')
    ? value
    : fallback;
}
