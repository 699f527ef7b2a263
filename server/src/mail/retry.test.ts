import { describe, expect, it } from 'vitest';
import { RETRY, retryDelayMs } from './retry';

describe('retryDelayMs', () => {
  it('doubles per attempt with jitter between half and all of the step', () => {
    expect(retryDelayMs(1, () => 0)).toBe(RETRY.baseMs / 2);
    expect(retryDelayMs(1, () => 1)).toBe(RETRY.baseMs);
    expect(retryDelayMs(2, () => 1)).toBe(RETRY.baseMs * 2);
    expect(retryDelayMs(3, () => 0.5)).toBe(RETRY.baseMs * 4 * 0.75);
  });

  it('never waits longer than the cap', () => {
    expect(retryDelayMs(40, () => 1)).toBe(RETRY.capMs);
    expect(retryDelayMs(RETRY.maxAttempts, () => 1)).toBeLessThanOrEqual(RETRY.capMs);
  });
});
