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

/** `<kind>:<id>`, e.g. `fair:6650f1c2a9e4b3d2c1a0f9e8`. The kind decides who may listen (registerStream). */
export const STREAM_PATTERN = '^[a-z][a-z0-9-]{0,31}:[A-Za-z0-9_-]{1,64}$';
const STREAM_REGEX = new RegExp(STREAM_PATTERN);

export function isStreamName(value: string): boolean {
  return STREAM_REGEX.test(value);
}

export interface EventBus {
  /**
   * Appends an event and resolves once it is stored and visible to every instance. Local subscribers get
   * it right after the insert; other instances' subscribers on their next poll.
   */
  publish<T>(stream: string, type: string, data: T): Promise<LiveEvent<T>>;
  /** Stored events with seq > afterSeq, oldest first, contiguous (at most `limit`, default 500). */
  readSince(stream: string, afterSeq: number, limit?: number): Promise<LiveEvent[]>;
  lastSeq(stream: string): Promise<number>;
  /**
   * Live delivery of new events in order, whichever instance published them. Returns an unsubscribe
   * function. Combine with readSince to resume: `follow` does exactly that.
   */
  subscribe(stream: string, listener: (event: LiveEvent) => void): () => void;
  /**
   * Resume: the stored events with seq > `after`, then live ones, in order, with no gap or duplicate at
   * the boundary. `after` undefined means live only (from the moment of the call). `onError` hears about
   * a replay that could not be read; the follower is then stopped.
   */
  follow(
    stream: string,
    after: number | undefined,
    listener: (event: LiveEvent) => void,
    onError?: (error: Error) => void,
  ): () => void;
}
