/**
 * Live events: every change a live screen needs is appended to a per-stream log in the database with a
 * contiguous sequence number (`fair:<id>` → 1, 2, 3…). Clients resume from the last sequence they saw;
 * several app instances stay consistent because each one tails the log, never trusting memory alone.
 */
export interface LiveEvent<T = unknown> {
  stream: string;
  seq: number;
  type: string;
  data: T;
  /** ISO time the event was stored. */
  at: string;
}

export interface EventBus {
  publish<T>(stream: string, type: string, data: T): Promise<LiveEvent<T>>;
  /** Stored events with seq > afterSeq, oldest first. */
  readSince(stream: string, afterSeq: number, limit?: number): Promise<LiveEvent[]>;
  lastSeq(stream: string): Promise<number>;
  /**
   * Live delivery of new events in order, whichever instance published them. Returns an unsubscribe
   * function. Combine with readSince to resume: the websocket route does exactly that.
   */
  subscribe(stream: string, listener: (event: LiveEvent) => void): () => void;
}
