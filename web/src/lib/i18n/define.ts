import type { Locale } from '@ctn/shared';

/**
 * Messages for one part of the UI in both languages, side by side. The English object must have exactly
 * the shape of the Vietnamese one (Vietnamese is the source of truth), so a missing translation fails the
 * type check instead of showing a blank on screen.
 */
export function defineMessages<T>(messages: { vi: T; en: NoInfer<T> }): Record<Locale, T> {
  return messages;
}
