/** Escapes text for use inside a RegExp/$regex, so a search for "a.b" or "(" matches literally. */
export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
