/** Reading form posts in actions, next to `formValues` (which trims and drops empty fields). */

/** One value of a field, as typed: passwords are never trimmed (a space may be part of one). */
export function rawField(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
}

/** A single value from `formValues` (the first when repeated), or undefined when empty. */
export function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** Every value of a repeated field (checkbox groups): always an array. */
export function list(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** A whole number typed in a form, or the text itself so the API can say what is wrong with it. */
export function integerOrText(value: string | undefined): number | string | undefined {
  if (value === undefined) return undefined;
  return /^\d+$/.test(value) ? Number(value) : value;
}

/** Query keys that belong to one response only and are not carried back. */
const FLASH_KEYS = ['done', 'who'];

/**
 * Where to go after an action on a filtered, paged list: the same list (its query, sent by the form as
 * `back`) with a one-time notice. Form actions are posted to `?/name`, which drops the page's own query.
 */
export function backWith(
  pathname: string,
  back: string | undefined,
  flash: { done: string; who?: string },
): string {
  const params = new URLSearchParams(back?.startsWith('?') ? back.slice(1) : '');
  for (const key of [...params.keys()]) {
    if (key.startsWith('/') || FLASH_KEYS.includes(key)) params.delete(key);
  }
  params.set('done', flash.done);
  if (flash.who) params.set('who', flash.who);
  return `${pathname}?${params}`;
}
