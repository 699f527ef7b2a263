import type { FastifyInstance } from 'fastify';

/**
 * In-process change notices between modules, so in-memory views (the matching store) follow writes made
 * by this instance at once. Other instances catch up through their sync workers (watermark on
 * `updatedAt`), so a notice is an optimisation of freshness, never the only way a change is seen.
 *
 * Listeners get the app the change happened in: tests run several app instances in one process.
 */
export type ChangeTopic = 'returnee' | 'case' | 'consent' | 'application';
type Listener = (app: FastifyInstance, id: string) => void | Promise<void>;

const listeners = new Map<ChangeTopic, Set<Listener>>();

export function onChange(topic: ChangeTopic, listener: Listener): () => void {
  let set = listeners.get(topic);
  if (!set) {
    set = new Set();
    listeners.set(topic, set);
  }
  set.add(listener);
  return () => set.delete(listener);
}

/** Tells the listeners; a failing listener is logged and never fails the write that caused it. */
export async function emitChange(app: FastifyInstance, topic: ChangeTopic, id: string): Promise<void> {
  for (const listener of listeners.get(topic) ?? []) {
    try {
      await listener(app, id);
    } catch (err) {
      app.log.error({ err, topic, id }, 'change listener failed');
    }
  }
}
