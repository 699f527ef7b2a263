/**
 * Reading what a failed form action sent back (`failWith` in $lib/server/api): the values typed, so the
 * form keeps them, and one message per field.
 */
export type FormState =
  | { values?: Record<string, unknown>; errors?: Record<string, string>; message?: string }
  | null
  | undefined;

/** The value typed into a field (the first one when the field was repeated). */
export function typed(form: FormState, key: string, fallback = ''): string {
  const value = form?.values?.[key];
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && typeof value[0] === 'string') return value[0];
  return fallback;
}

/** The values of a repeated field (checkbox groups). */
export function typedList(form: FormState, key: string): string[] | undefined {
  const value = form?.values?.[key];
  if (value === undefined) return undefined;
  return (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string');
}

export function fieldError(form: FormState, key: string): string | undefined {
  return form?.errors?.[key];
}
