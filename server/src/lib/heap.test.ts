import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { withHeapLimit } from '../../../scripts/lib/heap-limit.mjs';
import { heapReport } from './heap';

const heapModule = path.join(import.meta.dirname, 'heap.ts');

/** heapReport() in a fresh Node with these flags, after holding `megabytes` of live objects. */
function reportIn(flags: string[], megabytes: number) {
  const script = `
    const { heapReport } = await import(${JSON.stringify(heapModule)});
    const kept = Array.from({ length: ${megabytes} }, () => new Array(131072).fill(0.5));
    console.log(JSON.stringify({ ...heapReport(), kept: kept.length }));`;
  const output = execFileSync(
    process.execPath,
    [...flags, '--import', 'tsx', '--input-type=module', '-e', script],
    {
      encoding: 'utf8',
      env: { ...process.env, NODE_OPTIONS: '' },
    },
  );
  return JSON.parse(output.trim().split('\n').pop()!) as ReturnType<typeof heapReport>;
}

describe('heap budget', () => {
  it('reports the heap in use against the limit', () => {
    const report = heapReport();
    expect(report.usedMb).toBeGreaterThan(0);
    expect(report.limitMb).toBeGreaterThan(report.usedMb);
  });

  it('says when the data loaded nears the limit, not before', () => {
    const roomy = reportIn(['--max-old-space-size=512'], 8);
    expect(roomy.limitMb).toBeGreaterThanOrEqual(512);
    expect(roomy.nearLimit).toBe(false);
    // 50 MB of arrays of numbers under a 64 MB old space (and a small young generation).
    const tight = reportIn(['--max-old-space-size=64', '--max-semi-space-size=1'], 50);
    expect(tight.nearLimit).toBe(true);
  });

  it('gives the server the default limit unless NODE_OPTIONS sets one', () => {
    expect(withHeapLimit(undefined)).toBe('--max-old-space-size=512');
    expect(withHeapLimit('--enable-source-maps')).toBe('--enable-source-maps --max-old-space-size=512');
    expect(withHeapLimit('--max-old-space-size=2048')).toBe('--max-old-space-size=2048');
  });
});
