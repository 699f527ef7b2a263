/** What every benchmark script needs: its `--key=value` arguments, full GCs for memory figures, percentiles. */
import v8 from 'node:v8';
import vm from 'node:vm';

/** `--docs=1000 --no-api` → { docs: '1000', 'no-api': 'true' }. */
export function benchArgs(): Record<string, string> {
  return Object.fromEntries(
    process.argv.slice(2).map((arg) => {
      const [key, value] = arg.replace(/^--/, '').split('=');
      return [key!, value ?? 'true'];
    }),
  );
}

let gc: (() => void) | undefined;
/** Two full garbage collections, so that memory figures count what is live, not what awaits collection. */
export function collectGarbage(): void {
  if (!gc) {
    v8.setFlagsFromString('--expose-gc');
    gc = vm.runInNewContext('gc') as () => void;
  }
  gc();
  gc();
}

/** JS heap plus typed-array buffers (which live outside the heap), in MB, after full GCs. */
export function heapMb(): number {
  collectGarbage();
  const usage = process.memoryUsage();
  return (usage.heapUsed + usage.arrayBuffers) / 1048576;
}

/** The p-th percentile of ascending samples (NaN when there are none). */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export const log = (line: string) => console.log(`[bench] ${line}`);
