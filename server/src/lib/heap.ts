import v8 from 'node:v8';

/** Share of the heap limit the data loaded at start-up may take before the server warns. */
const WARN_SHARE = 0.7;

/**
 * After start-up's loads (open postings, the matching registries): how much of V8's heap limit the data
 * takes. The server runs with an old-space limit (scripts/lib/heap-limit.mjs) so that it stays within its
 * memory budget; data that outgrows it would end in an out-of-memory crash under load, so say so early,
 * with what to change.
 */
export function heapReport(): { usedMb: number; limitMb: number; nearLimit: boolean } {
  const { used_heap_size: used, heap_size_limit: limit } = v8.getHeapStatistics();
  return {
    usedMb: Math.round(used / 1048576),
    limitMb: Math.round(limit / 1048576),
    nearLimit: used > limit * WARN_SHARE,
  };
}
