import type { OpenPosting } from './search';

/** What changed in the set of open postings: replaced or new ones, and ids that left (closed, hidden…). */
export interface OpenPostingsChange {
  upserted: readonly OpenPosting[];
  removed: readonly string[];
  /** True when the whole set was replaced (start-up load, reindex): rebuild rather than patch. */
  reset: boolean;
}

export type OpenPostingsListener = (change: OpenPostingsChange) => void;

/**
 * The open postings of the job board, in memory (`app.openPostings`): loaded from the database at start,
 * kept current by the postings service (writes on this instance, at once) and by the search sync (writes on
 * other instances). Matching reads it instead of scanning the database:
 *
 *   for (const posting of app.openPostings.values()) score(returnee, posting);
 *   const stop = app.openPostings.onOpenPostingsChanged(({ upserted, removed, reset }) => { ... });
 *
 * Objects are immutable (a change replaces the object), so a reader may keep references and compare them.
 * `ready` resolves once the start-up load is done.
 */
export class OpenPostingsRegistry {
  private readonly byId = new Map<string, OpenPosting>();
  private readonly listeners = new Set<OpenPostingsListener>();
  private resolveReady!: () => void;
  /** Resolves when the start-up load has finished. */
  readonly ready: Promise<void> = new Promise((resolve) => {
    this.resolveReady = resolve;
  });
  /** Increases with every change: a cheap "did anything change since I looked?". */
  version = 0;

  constructor(private readonly onListenerError: (error: unknown) => void = () => {}) {}

  get size(): number {
    return this.byId.size;
  }

  get(id: string): OpenPosting | undefined {
    return this.byId.get(id);
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  values(): IterableIterator<OpenPosting> {
    return this.byId.values();
  }

  /** Calls `listener` after every change; returns the function that unsubscribes it. */
  onOpenPostingsChanged(listener: OpenPostingsListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** @internal Used by the postings index only. */
  apply(upserted: OpenPosting[], removed: string[]): void {
    const reallyRemoved = removed.filter((id) => this.byId.delete(id));
    for (const posting of upserted) this.byId.set(posting.id, posting);
    if (upserted.length === 0 && reallyRemoved.length === 0) return;
    this.notify({ upserted, removed: reallyRemoved, reset: false });
  }

  /** @internal Replaces everything (start-up, reindex). */
  replaceAll(postings: OpenPosting[]): void {
    this.byId.clear();
    for (const posting of postings) this.byId.set(posting.id, posting);
    this.notify({ upserted: postings, removed: [], reset: true });
  }

  /** @internal */
  markReady(): void {
    this.resolveReady();
  }

  private notify(change: OpenPostingsChange): void {
    this.version += 1;
    for (const listener of this.listeners) {
      try {
        listener(change);
      } catch (error) {
        this.onListenerError(error);
      }
    }
  }
}
