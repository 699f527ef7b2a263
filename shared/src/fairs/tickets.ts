/**
 * Ticket codes: 6 characters without look-alikes (no 0/O, 1/I/L, 2/Z, 5/S, 8/B), so a code read aloud at
 * a noisy door or typed from a crumpled paper is the code that was printed. No schema library here: the
 * check-in screen runs this in the browser, offline.
 */
export const TICKET_ALPHABET = 'ACDEFGHJKMNPQRTUVWXY34679';
export const TICKET_CODE_PATTERN = `^[${TICKET_ALPHABET}]{6}$`;

/**
 * A code as typed or scanned → the canonical code, or undefined. Lower case, spaces and dashes are fine
 * ("ac d-3fh"), and a scanned ticket URL (…/tickets/ACD3FH) gives its code.
 */
export function normalizeTicketCode(input: string): string | undefined {
  const fromUrl = /\/tickets\/([^/?#]+)/.exec(input)?.[1];
  const raw = (fromUrl ?? input).toUpperCase().replace(/[\s-]/g, '');
  if (raw.length !== 6) return undefined;
  // Codes hold neither O nor 0 (nor 1/I/L…): a look-alike typed is a mistake to show, not to guess at.
  for (const c of raw) if (!TICKET_ALPHABET.includes(c)) return undefined;
  return raw;
}
