export const RETRY = {
  /** First retry after ~15 s, then doubling: 15 s, 30 s, 1 min, 2 min … */
  baseMs: 15_000,
  /** …but never more than 30 minutes between attempts. */
  capMs: 30 * 60_000,
  /** Then give up: about 2.5 hours of trying, long enough to ride out an SMTP provider's bad afternoon. */
  maxAttempts: 10,
};

/**
 * Delay after failed attempt number `attempts` (1, 2, …): exponential with "equal jitter" (half fixed,
 * half random), so a burst of failures does not come back as a burst of retries.
 */
export function retryDelayMs(attempts: number, random: () => number = Math.random): number {
  const exponential = Math.min(RETRY.capMs, RETRY.baseMs * 2 ** Math.max(0, attempts - 1));
  return Math.round(exponential / 2 + (random() * exponential) / 2);
}
