import { applyFairEvent, type FairDashboardState, type FairEvent } from '@ctn/shared/fairs/dashboard';

/**
 * A fair's live state in the browser: the snapshot the page loaded (state + lastSeq), then the events of
 * /api/live/fair:<id>?after=<lastSeq> folded in with the same reducer the server uses. After a dropped
 * connection it reconnects from the last seq it applied (no gap, no double); if WebSockets keep failing
 * (a proxy in the hall that refuses them) it polls /api/live/fair:<id>/events instead.
 */
export class FairLive {
  state = $state<FairDashboardState>() as FairDashboardState;
  connected = $state(false);
  updatedAt = $state(Date.now());
  private socket: WebSocket | undefined;
  private retry = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private stopped = false;

  constructor(
    private readonly fairId: string,
    snapshot: { lastSeq: number; state: unknown },
    private readonly key?: string,
  ) {
    this.state = snapshot.state as FairDashboardState;
  }

  private get keyQuery() {
    return this.key ? `&key=${encodeURIComponent(this.key)}` : '';
  }

  start() {
    this.stopped = false;
    this.connect();
  }

  stop() {
    this.stopped = true;
    clearTimeout(this.timer);
    this.socket?.close();
  }

  private apply(event: FairEvent): boolean {
    if (event.seq <= this.state.lastSeq) return true;
    if (event.seq !== this.state.lastSeq + 1) return false;
    applyFairEvent(this.state, event);
    this.updatedAt = Date.now();
    return true;
  }

  private connect() {
    if (this.stopped) return;
    const protocol = location.protocol === 'https:' ? 'wss' : 'ws';
    const url = `${protocol}://${location.host}/api/live/fair:${this.fairId}?after=${this.state.lastSeq}&batch=true${this.keyQuery}`;
    const socket = new WebSocket(url);
    this.socket = socket;
    socket.onopen = () => {
      this.connected = true;
      this.retry = 0;
    };
    socket.onmessage = (message) => {
      // One event, or several due together (batch=true). Out of order would mean a lost frame: reconnect
      // from what we have.
      const parsed = JSON.parse(String(message.data)) as FairEvent | FairEvent[];
      for (const event of Array.isArray(parsed) ? parsed : [parsed]) {
        if (!this.apply(event)) {
          socket.close();
          return;
        }
      }
    };
    socket.onclose = () => {
      if (this.socket !== socket) return;
      this.connected = false;
      this.retry += 1;
      if (this.stopped) return;
      const delay = Math.min(15_000, 500 * 2 ** Math.min(this.retry, 5));
      // WebSockets failing again and again: fetch the events over HTTP meanwhile.
      this.timer = setTimeout(() => (this.retry > 3 ? this.poll() : this.connect()), delay);
    };
  }

  private async poll() {
    if (this.stopped) return;
    try {
      const response = await fetch(
        `/api/live/fair:${this.fairId}/events?after=${this.state.lastSeq}${this.keyQuery}`,
        { headers: { accept: 'application/json' } },
      );
      if (response.ok) {
        const page = (await response.json()) as { events: FairEvent[] };
        for (const event of page.events) this.apply(event);
        this.connected = true;
      }
    } catch {
      this.connected = false;
    }
    // Try the socket again now and then; poll meanwhile.
    this.retry = this.retry >= 8 ? 1 : this.retry + 1;
    this.timer = setTimeout(() => (this.retry === 1 ? this.connect() : this.poll()), 3_000);
  }
}
