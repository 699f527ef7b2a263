/**
 * A name as it may appear where anyone could see it (a ticket found on the floor, a phone shown around):
 * the given name in full, the others as initials — "Nguyễn Văn Minh" → "N. V. Minh". Vietnamese names put
 * the given name last. Enough for the person to recognise their ticket; not enough to identify them, which
 * matters because the fair itself says the holder has completed a sentence.
 */
export function shortName(displayName: string): string {
  const words = displayName.trim().split(/\s+/).filter(Boolean);
  if (words.length <= 1) return words[0] ?? '';
  const given = words.at(-1)!;
  return [...words.slice(0, -1).map((word) => `${word[0]!.toUpperCase()}.`), given].join(' ');
}
