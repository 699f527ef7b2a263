import type { ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { type Bilingual, ErrorEnvelope, IsoDateTime } from '@ctn/shared';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import WebSocketLibrary, { type WebSocket } from 'ws';
import { AppError, ForbiddenError, NotFoundError } from '../lib/errors';
import { type EventBus, type LiveEvent, STREAM_PATTERN } from './bus';

/** Who may listen to the streams of one kind (`fair` for `fair:<id>`). */
export interface StreamKind {
  /**
   * May this request listen to `<kind>:<id>`? Return false for "no" (4403 / 403). Throw NotFoundError for
   * an object the person may not even know exists (4404 / 404), UnauthenticatedError when signing in would
   * help (4401 / 401). Called once per connection, when it opens.
   */
  authorize(request: FastifyRequest, id: string): boolean | Promise<boolean>;
}

/** Close codes a client sees: 4000 + the HTTP status it would have got. 1011 = our failure. */
export const CLOSE = { unauthenticated: 4401, forbidden: 4403, notFound: 4404, serverError: 1011 };

/** A client whose unsent frames pass this is not keeping up: drop it, it will resume with `after`. */
const MAX_BUFFERED_BYTES = 1024 * 1024;

const UPGRADE_REQUIRED: Bilingual = {
  vi: 'Địa chỉ này dùng WebSocket. Để lấy sự kiện qua HTTP, hãy dùng /events.',
  en: 'This address speaks WebSocket. To fetch events over HTTP, use /events.',
};

const LiveParams = Type.Object({ stream: Type.String({ pattern: STREAM_PATTERN }) });
const AfterSeq = Type.Integer({
  minimum: 0,
  description: 'Last sequence number the client has; omit to start from now',
});

const LiveEventSchema = Type.Object({
  stream: Type.String(),
  seq: Type.Integer({ minimum: 1 }),
  type: Type.String(),
  data: Type.Unknown(),
  at: IsoDateTime,
});

const LiveEventsPage = Type.Object({
  stream: Type.String(),
  /** The newest seq now, so a client without `after` knows where to start. */
  lastSeq: Type.Integer({ minimum: 0 }),
  events: Type.Array(LiveEventSchema),
});

type Verdict = { ok: true } | { ok: false; close: number; error: AppError };

export async function authorizeStream(
  kinds: Map<string, StreamKind>,
  request: FastifyRequest,
  stream: string,
): Promise<Verdict> {
  const colon = stream.indexOf(':');
  const kind = kinds.get(stream.slice(0, colon));
  if (!kind) return { ok: false, close: CLOSE.notFound, error: new NotFoundError() };
  try {
    if (await kind.authorize(request, stream.slice(colon + 1))) return { ok: true };
    return { ok: false, close: CLOSE.forbidden, error: new ForbiddenError() };
  } catch (error) {
    if (error instanceof AppError && [401, 403, 404].includes(error.statusCode)) {
      return { ok: false, close: 4000 + error.statusCode, error };
    }
    throw error;
  }
}

/** One serialisation per event, shared by every connection that sends it. */
const payloads = new WeakMap<LiveEvent, Buffer>();
function payloadOf(event: LiveEvent): Buffer {
  let payload = payloads.get(event);
  if (!payload) {
    payload = Buffer.from(
      JSON.stringify({
        stream: event.stream,
        seq: event.seq,
        type: event.type,
        data: event.data,
        at: event.at,
      }),
    );
    payloads.set(event, payload);
  }
  return payload;
}

/**
 * The whole WebSocket frame of an event (header + payload: server frames are not masked), built once with
 * ws's own Sender.frame and written as is to every connection: no per-connection header, copy or queue.
 */
const frames = new WeakMap<LiveEvent, Buffer>();
function frameOf(event: LiveEvent): Buffer {
  let frame = frames.get(event);
  if (!frame) {
    frame = Buffer.concat(
      Sender.frame(payloadOf(event), { fin: true, rsv1: false, opcode: 0x01, mask: false, readOnly: false }),
    );
    frames.set(event, frame);
  }
  return frame;
}

/** ws's frame builder (exported by ws, not described by @types/ws). */
const Sender = (
  WebSocketLibrary as unknown as {
    Sender: {
      frame(
        data: Buffer,
        options: { fin: boolean; rsv1: boolean; opcode: number; mask: boolean; readOnly: boolean },
      ): Buffer[];
    };
  }
).Sender;

/** ws internals read to decide whether a prebuilt frame may go straight to the TCP socket. */
type WsInternals = { _socket?: Duplex | null; _sender?: { _state: number; _queue: unknown[] } | null };

/**
 * Coalescing: events for a connection wait for the end of the current turn of the event loop and go out
 * in one write. A busy hall (hundreds of check-ins a second, 10,000 dashboards) then costs one write per
 * connection per flush, not one per event, and the bytes of a run of events are built once for all.
 * A flush writes FLUSH_SLICE sockets at a time and lets the loop serve requests in between (a broadcast
 * to 10,000 local sockets takes 100+ ms of writes); flushes are at least MIN_FLUSH_GAP_MS apart, more
 * under load (as long as the last one's writes took): an event in a quiet hall goes out at once, a burst
 * goes out together.
 *
 * Frames: one text frame per event, `{ stream, seq, type, data, at }`. A client that connects with
 * `?batch=1` accepts a JSON array of such events in one frame when several are due together (dashboards
 * do: one message to parse instead of dozens).
 */
const MIN_FLUSH_GAP_MS = 40;
/** Under load the gap grows with the flush's own cost, so the loop keeps time for the requests. */
const FLUSH_GAP_FACTOR = 1;
/** Sockets written per slice of a flush; between slices the loop serves requests and database replies. */
const FLUSH_SLICE = 500;
const pending = new Map<WebSocket, LiveEvent | LiveEvent[]>();
const batching = new WeakSet<WebSocket>();
let scheduled = false;
let flushing = false;
let lastFlushEnd = 0;
let flushGap = MIN_FLUSH_GAP_MS;

function queueEvent(socket: WebSocket, event: LiveEvent) {
  const queued = pending.get(socket);
  if (queued === undefined) pending.set(socket, event);
  else if (Array.isArray(queued)) queued.push(event);
  else pending.set(socket, [queued, event]);
  scheduleFlush();
}

function scheduleFlush() {
  // One flush at a time: a socket's next events wait for the end of the flush writing its current ones.
  if (scheduled || flushing) return;
  scheduled = true;
  const wait = lastFlushEnd + flushGap - performance.now();
  if (wait <= 0) setImmediate(flush);
  else setTimeout(flush, wait);
}

const OPEN_BRACKET = Buffer.from('[');
const COMMA = Buffer.from(',');
const CLOSE_BRACKET = Buffer.from(']');

function flush() {
  scheduled = false;
  flushing = true;
  const started = performance.now();
  let busy = 0;
  const runs = new Map<string, Buffer>();
  const runOf = (events: LiveEvent[], batched: boolean) => {
    const key = `${batched ? 'b' : 'f'}:${events[0]!.stream}:${events[0]!.seq}:${events.at(-1)!.seq}:${events.length}`;
    let run = runs.get(key);
    if (!run) {
      if (batched) {
        const parts: Buffer[] = [OPEN_BRACKET];
        events.forEach((event, i) => {
          if (i) parts.push(COMMA);
          parts.push(payloadOf(event));
        });
        parts.push(CLOSE_BRACKET);
        run = Buffer.concat(
          Sender.frame(Buffer.concat(parts), {
            fin: true,
            rsv1: false,
            opcode: 0x01,
            mask: false,
            readOnly: false,
          }),
        );
      } else run = Buffer.concat(events.map(frameOf));
      runs.set(key, run);
    }
    return run;
  };
  const due = [...pending];
  pending.clear();
  let index = 0;
  const slice = () => {
    const sliceStarted = performance.now();
    const end = Math.min(due.length, index + FLUSH_SLICE);
    for (; index < end; index++) {
      const [socket, queued] = due[index]!;
      if (!Array.isArray(queued)) writeFrames(socket, frameOf(queued), [queued]);
      else writeFrames(socket, runOf(queued, batching.has(socket)), queued, batching.has(socket));
    }
    busy += performance.now() - sliceStarted;
    if (index < due.length) {
      setImmediate(slice);
      return;
    }
    flushing = false;
    lastFlushEnd = performance.now();
    flushGap = Math.max(MIN_FLUSH_GAP_MS, busy * FLUSH_GAP_FACTOR);
    flushStats.flushes += 1;
    flushStats.sockets += due.length;
    flushStats.ms += busy;
    flushStats.elapsedMs += lastFlushEnd - started;
    if (pending.size) scheduleFlush();
  };
  slice();
}

/** Totals since start (benchmarks read them): flushes, socket writes, time spent writing. */
export const flushStats = { flushes: 0, sockets: 0, ms: 0, elapsedMs: 0 };

function writeFrames(socket: WebSocket, bytes: Buffer, events: LiveEvent[], batched = false) {
  if (socket.readyState !== socket.OPEN) return;
  if (socket.bufferedAmount > MAX_BUFFERED_BYTES) {
    socket.terminate();
    return;
  }
  const internal = socket as unknown as WsInternals;
  // Compression is off, so ws's sender is idle between its own frames (pings): a whole frame written here
  // lands between them. Anything else (a future ws, a sender busy with a blob) takes the public path.
  if (internal._socket && internal._sender?._state === 0 && internal._sender._queue.length === 0) {
    internal._socket.write(bytes);
    return;
  }
  if (batched)
    socket.send(`[${events.map((event) => payloadOf(event).toString()).join(',')}]`, { binary: false });
  else for (const event of events) socket.send(payloadOf(event), { binary: false });
}

function dropOnError(this: WebSocket) {
  this.terminate();
}

/**
 * A dashboard connection stays open for hours, and a connection is memory: the library's error listener
 * holds the Fastify request and reply, and the socket holds the HTTP response object that carried the
 * handshake (and through it the request and its headers). Replaced and detached, they are garbage
 * collected: about 3.5 KB less per connection (10,000 dashboards: ~35 MB).
 */
function releaseUpgradeRequest(socket: WebSocket, request: FastifyRequest) {
  socket.removeAllListeners('error');
  socket.on('error', dropOnError);
  const raw = request.raw.socket as
    | (typeof request.raw.socket & { _httpMessage?: ServerResponse | null })
    | null;
  raw?._httpMessage?.detachSocket(raw);
}

export interface LiveRoutesOptions {
  bus: EventBus;
  kinds: Map<string, StreamKind>;
  /** Registers a connection with the heartbeat. */
  onConnection(socket: WebSocket): void;
}

/**
 * GET /api/live/:stream?after=<seq>[&batch=true] (WebSocket): the stored events after `after`, then live
 * ones, as JSON text frames `{ stream, seq, type, data, at }` (with batch=true, an array of them when
 * several are due together), in order, no gap or duplicate.
 * GET /api/live/:stream/events?after=<seq>&limit=<n> (HTTP): the same events for clients that poll.
 */
export function registerLiveRoutes(parent: FastifyInstance, { bus, kinds, onConnection }: LiveRoutesOptions) {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();
  const publicOrigin = new URL(app.config.publicUrl).origin;
  const verdicts = new WeakMap<FastifyRequest, Verdict>();

  app.route({
    method: 'GET',
    url: '/api/live/:stream',
    config: { public: true },
    schema: {
      tags: ['live'],
      summary: 'Live events of a stream over WebSocket (replay from `after`, then live)',
      params: LiveParams,
      querystring: Type.Object({
        after: Type.Optional(AfterSeq),
        batch: Type.Optional(
          Type.Boolean({
            description: 'Accept several events in one frame (a JSON array) when they are due together',
          }),
        ),
      }),
      response: { 403: ErrorEnvelope, 426: ErrorEnvelope },
    },
    // Cross-site WebSocket hijacking: a page on another site may open a socket to us with the visitor's
    // cookies. Browsers always send Origin on WebSocket handshakes; tools without one are not browsers.
    onRequest: async (request) => {
      if (!request.ws) return;
      const origin = request.headers.origin;
      if (origin === undefined) return;
      if (origin !== `${request.protocol}://${request.host}` && origin !== publicOrigin) {
        throw new ForbiddenError('CSRF_REJECTED');
      }
    },
    // Decided before the upgrade, so the handler can start following at once, but reported with a close
    // code (a browser cannot read the HTTP status of a refused handshake).
    preHandler: async (request) => {
      if (request.ws) verdicts.set(request, await authorizeStream(kinds, request, request.params.stream));
    },
    handler: async () => {
      throw new AppError(426, 'UPGRADE_REQUIRED', UPGRADE_REQUIRED);
    },
    wsHandler: (socket, request) => {
      releaseUpgradeRequest(socket, request);
      const verdict = verdicts.get(request);
      verdicts.delete(request);
      if (!verdict?.ok) {
        socket.close(verdict?.close ?? CLOSE.serverError, verdict ? verdict.error.code : 'SERVER_ERROR');
        return;
      }
      const { stream } = request.params;
      if (request.query.batch) batching.add(socket);
      onConnection(socket);
      // The closures below live as long as the connection: they hold the socket and the stream name,
      // never the request (10,000 dashboards × a request object each adds up).
      const stop = bus.follow(
        stream,
        request.query.after,
        (event) => queueEvent(socket, event),
        (err) => {
          app.log.error({ err, stream }, 'live: replay failed');
          socket.close(CLOSE.serverError, 'REPLAY_FAILED');
        },
      );
      socket.once('close', stop);
    },
  });

  app.get(
    '/api/live/:stream/events',
    {
      config: { public: true },
      schema: {
        tags: ['live'],
        summary: 'Stored events of a stream after a sequence number (for clients that poll)',
        params: LiveParams,
        querystring: Type.Object({
          after: Type.Optional(AfterSeq),
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 500 })),
        }),
        response: { 200: LiveEventsPage, 401: ErrorEnvelope, 403: ErrorEnvelope, 404: ErrorEnvelope },
      },
    },
    async (request) => {
      const { stream } = request.params;
      const verdict = await authorizeStream(kinds, request, stream);
      if (!verdict.ok) throw verdict.error;
      const { after, limit } = request.query;
      const [events, lastSeq] = await Promise.all([
        after === undefined ? Promise.resolve([]) : bus.readSince(stream, after, limit),
        bus.lastSeq(stream),
      ]);
      return { stream, lastSeq, events };
    },
  );
}
