import type { Locale } from '@ctn/shared';
import common from './common';

/** Every UI message, grouped by part of the product. Add a domain file and one line here. */
const catalog = { common };

export type Messages = { [K in keyof typeof catalog]: (typeof catalog)[K]['vi'] };

export function messagesFor(locale: Locale): Messages {
  return Object.fromEntries(Object.entries(catalog).map(([key, value]) => [key, value[locale]])) as Messages;
}
