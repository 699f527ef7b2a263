import websocket from '@fastify/websocket';
import fp from 'fastify-plugin';
import type { WebSocket } from 'ws';
import type { EventBus } from '../realtime/bus';
import { createEventBus } from '../realtime/event-bus';
import { registerLiveRoutes, type StreamKind } from '../realtime/routes';
import { LiveStore, liveEventModel } from '../realtime/store';

export interface Realtime extends EventBus {
  /**
   * Declares a kind of stream and who may listen to it. Streams are `<kind>:<id>`; connections to a kind
   * nobody registered are closed with 4404.
   *
   *   app.realtime.registerStream('fair', {
   *     async authorize(request, fairId) {
   *       const actor = request.requireActor();            // 4401 when not signed in
   *       const fair = await fairs.findVisible(app, actor, fairId);
   *       if (!fair) throw new NotFoundError();           // 4404: not theirs to know about
   *       return fair.status === 'live' || actor.roles.includes('admin');
   *     },
   *   });
   *   await app.realtime.publish(`fair:${fairId}`, 'checkin', { counts });
   */
  registerStream(kind: string, definition: StreamKind): void;
  /** Pings every connection and drops those that did not answer the previous ping; returns how many. */
  checkHeartbeats(): number;
  /** Open WebSocket connections on this instance. */
  connections(): number;
  /** Streams this instance tails (has listeners for). */
  watchedStreams(): string[];
}

declare module 'fastify' {
  interface FastifyInstance {
    realtime: Realtime;
  }
}

export interface RealtimeOptions {
  /** How often this instance looks for other instances' events (default 100 ms). */
  pollIntervalMs?: number;
  /** Ping period; a connection that misses one ping is dropped (default 30 s). */
  heartbeatMs?: number;
}

const KIND = /^[a-z][a-z0-9-]{0,31}$/;

/**
 * `app.realtime`: the live event bus (log in the database, tails polled by every instance) and the
 * WebSocket endpoint /api/live/:stream. Its loops run in tests too (not app.jobs): a second instance's
 * events must arrive without anyone calling runNow.
 */
export default fp<RealtimeOptions>(
  async (app, options) => {
    await app.register(websocket, {
      options: {
        // Per-message deflate costs memory per connection and CPU per send: off (10,000 dashboards).
        perMessageDeflate: false,
        // Clients only listen; a few KB is plenty for anything they might send.
        maxPayload: 4 * 1024,
      },
    });

    liveEventModel(app.db.connection); // registered so syncIndexes creates the log and its index
    const store = new LiveStore(app.db.connection, app.db.isMongoDB);
    const bus = createEventBus(store, { pollIntervalMs: options.pollIntervalMs, log: app.log });
    const kinds = new Map<string, StreamKind>();

    // Heartbeat: one timer for all connections; a connection owes a pong until it answers.
    const awaitingPong = new WeakSet<WebSocket>();
    function answered(this: WebSocket) {
      awaitingPong.delete(this);
    }
    function checkHeartbeats(): number {
      let dropped = 0;
      for (const client of app.websocketServer.clients) {
        if (client.readyState !== client.OPEN) continue;
        if (awaitingPong.has(client)) {
          client.terminate();
          dropped += 1;
          continue;
        }
        awaitingPong.add(client);
        client.ping();
      }
      return dropped;
    }
    const heartbeat = setInterval(checkHeartbeats, options.heartbeatMs ?? 30_000);
    heartbeat.unref();

    const realtime: Realtime = {
      publish: (stream, type, data) => bus.publish(stream, type, data),
      readSince: (stream, after, limit) => bus.readSince(stream, after, limit),
      lastSeq: (stream) => bus.lastSeq(stream),
      subscribe: (stream, listener) => bus.subscribe(stream, listener),
      follow: (stream, after, listener, onError) => bus.follow(stream, after, listener, onError),
      registerStream(kind, definition) {
        if (!KIND.test(kind)) throw new Error(`stream kind "${kind}" must be lowercase letters, digits or -`);
        if (kinds.has(kind)) throw new Error(`stream kind "${kind}" registered twice`);
        kinds.set(kind, definition);
      },
      checkHeartbeats,
      connections: () => app.websocketServer.clients.size,
      watchedStreams: () => bus.watchedStreams(),
    };
    app.decorate('realtime', realtime);

    registerLiveRoutes(app, {
      bus,
      kinds,
      onConnection: (socket) => socket.on('pong', answered),
    });

    app.addHook('onClose', async () => {
      clearInterval(heartbeat);
      await bus.close();
    });
  },
  { name: 'realtime', dependencies: ['config', 'db', 'errors'] },
);
