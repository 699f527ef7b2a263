/**
 * The server's memory budget (DESIGN.md §9: ≤ 600 MB resident with 100k open postings, 300k people and
 * 10,000 dashboards). Left to itself V8 sizes its heap for this 24 GB machine and lets garbage pile up
 * between collections (≈ 610–760 MB resident with 100k postings); with an old-space limit it collects
 * sooner and stays near what is live (≈ 480–570 MB), at no measurable cost in search throughput
 * (docs/benchmarks.md). The data measured needs ≈ 320 MB of heap; the server warns at start-up when the
 * loaded data nears the limit. Set your own `--max-old-space-size` in NODE_OPTIONS to change it.
 */
export const DEFAULT_HEAP_LIMIT_MB = 512;

/**
 * NODE_OPTIONS for the server process: the given ones, plus the default old-space limit unless they set
 * one.
 * @param {string | undefined} nodeOptions
 * @returns {string}
 */
export function withHeapLimit(nodeOptions) {
  const current = (nodeOptions ?? '').trim();
  if (/--max-old-space-size/.test(current)) return current;
  return `${current} --max-old-space-size=${DEFAULT_HEAP_LIMIT_MB}`.trim();
}
