import fp from 'fastify-plugin';

export interface Job {
  name: string;
  intervalMs: number;
  run(): Promise<unknown>;
}

export interface Jobs {
  /** Registers a background loop; it starts when the app is ready if BACKGROUND_JOBS is on. */
  every(name: string, intervalMs: number, run: () => Promise<unknown>): void;
  /** Runs one job now (tests, admin "run now" buttons). */
  runNow(name: string): Promise<unknown>;
  list(): string[];
}

declare module 'fastify' {
  interface FastifyInstance {
    jobs: Jobs;
  }
}

/**
 * Background loops (mail sender, search sync, sweepers). Each loop waits for its previous run to finish
 * before scheduling the next, so a slow run never overlaps itself; errors are logged and retried next tick.
 * With several instances every loop must be safe to run concurrently (claims by atomic update).
 */
export default fp(
  async (app) => {
    const jobs = new Map<string, Job>();
    const timers = new Map<string, NodeJS.Timeout>();
    let stopped = false;
    const running = new Set<Promise<unknown>>();

    const schedule = (job: Job) => {
      if (stopped) return;
      const timer = setTimeout(async () => {
        const run = job.run().catch((err) => app.log.error({ err, job: job.name }, 'background job failed'));
        running.add(run);
        await run;
        running.delete(run);
        schedule(job);
      }, job.intervalMs);
      timer.unref();
      timers.set(job.name, timer);
    };

    app.decorate('jobs', {
      every(name, intervalMs, run) {
        if (jobs.has(name)) throw new Error(`job ${name} registered twice`);
        jobs.set(name, { name, intervalMs, run });
      },
      runNow(name) {
        const job = jobs.get(name);
        if (!job) throw new Error(`no job named ${name}`);
        return job.run();
      },
      list: () => [...jobs.keys()],
    } satisfies Jobs);

    app.addHook('onReady', async () => {
      if (!app.config.backgroundJobs) return;
      for (const job of jobs.values()) schedule(job);
    });
    app.addHook('preClose', async () => {
      stopped = true;
      for (const timer of timers.values()) clearTimeout(timer);
      await Promise.allSettled([...running]);
    });
  },
  { name: 'jobs', dependencies: ['config'] },
);
