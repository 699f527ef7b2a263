import type { CheckinResponse, RosterEntry } from '@ctn/shared/contracts/fairs';
import { normalizeTicketCode } from '@ctn/shared/fairs/tickets';
import { foldVietnamese } from '@ctn/shared/text/fold';

/**
 * The door's book, kept on the device so check-in goes on when the hall's connection drops:
 *   - the roster (number, ticket code, name, last phone digits) is saved in localStorage when loaded;
 *   - a check-in is decided here at once (known code? already in?) and queued;
 *   - the queue is sent whenever the device is online (at once, on the `online` event, every few
 *     seconds), in one request; the server is idempotent per ticket, so a batch sent twice (an answer
 *     lost on a flaky connection) still counts each person once.
 * Nothing here is case data; the roster is cleared from the device with the "forget" button or when the
 * browser's storage is cleared.
 */
export interface PendingCheckin {
  code: string;
  at: string;
  method: 'qr' | 'code' | 'search';
}

export type LocalResult =
  | { status: 'checked-in' | 'already'; entry: RosterEntry; queued: boolean }
  | { status: 'unknown'; code: string };

interface Saved {
  fairName: string;
  generatedAt: string;
  entries: RosterEntry[];
  pending: PendingCheckin[];
  device: string;
}

const SYNC_EVERY_MS = 5_000;

export class CheckinBook {
  entries = $state<RosterEntry[]>([]);
  pending = $state<PendingCheckin[]>([]);
  online = $state(true);
  syncing = $state(false);
  generatedAt = $state('');
  fairName = $state('');
  /** Codes the server did not know (a ticket of another fair, a typo that slipped through). */
  rejected = $state<string[]>([]);
  private device = '';
  private timer: ReturnType<typeof setInterval> | undefined;
  private readonly storageKey: string;

  constructor(private readonly fairId: string) {
    this.storageKey = `ctn.fair.${fairId}.door`;
  }

  get checkedIn(): number {
    return this.entries.filter((e) => e.checkedIn).length;
  }

  /** Loads what the device kept, then the fresh roster from the page (if the page could load one). */
  start(fresh: { fairName: string; generatedAt: string; entries: RosterEntry[] } | undefined) {
    const saved = this.read();
    this.device = saved?.device ?? Math.random().toString(36).slice(2, 10);
    this.pending = saved?.pending ?? [];
    if (fresh && (!saved || fresh.generatedAt >= saved.generatedAt)) {
      const queued = new Set(this.pending.map((p) => p.code));
      this.entries = fresh.entries.map((e) => (queued.has(e.ticketCode) ? { ...e, checkedIn: true } : e));
      this.generatedAt = fresh.generatedAt;
      this.fairName = fresh.fairName;
    } else if (saved) {
      this.entries = saved.entries;
      this.generatedAt = saved.generatedAt;
      this.fairName = saved.fairName;
    }
    this.save();
    this.online = navigator.onLine;
    window.addEventListener('online', this.onOnline);
    window.addEventListener('offline', this.onOffline);
    this.timer = setInterval(() => void this.sync(), SYNC_EVERY_MS);
    void this.sync();
  }

  stop() {
    clearInterval(this.timer);
    window.removeEventListener('online', this.onOnline);
    window.removeEventListener('offline', this.onOffline);
  }

  private onOnline = () => {
    this.online = true;
    void this.sync();
  };
  private onOffline = () => {
    this.online = false;
  };

  private read(): Saved | undefined {
    try {
      const raw = localStorage.getItem(this.storageKey);
      return raw ? (JSON.parse(raw) as Saved) : undefined;
    } catch {
      return undefined;
    }
  }

  private save() {
    const saved: Saved = {
      fairName: this.fairName,
      generatedAt: this.generatedAt,
      entries: $state.snapshot(this.entries),
      pending: $state.snapshot(this.pending),
      device: this.device,
    };
    try {
      localStorage.setItem(this.storageKey, JSON.stringify(saved));
    } catch {
      // Storage full or refused (private mode): the queue still lives in memory until the page closes.
    }
  }

  forget() {
    localStorage.removeItem(this.storageKey);
  }

  byCode(raw: string): RosterEntry | undefined {
    const code = normalizeTicketCode(raw);
    return code ? this.entries.find((e) => e.ticketCode === code) : undefined;
  }

  /** Name (folded, any order of words) or the last phone digits. */
  search(query: string): RosterEntry[] {
    const q = foldVietnamese(query.trim());
    if (q.length < 2) return [];
    const digits = q.replace(/\D/g, '');
    const words = q.split(/\s+/).filter(Boolean);
    return this.entries
      .filter((e) => {
        if (digits.length >= 3 && digits === q.replace(/\s/g, ''))
          return !!e.phoneTail?.endsWith(digits.slice(-4));
        const name = foldVietnamese(e.displayName);
        return words.every((w) => name.includes(w)) || String(e.number) === q;
      })
      .slice(0, 20);
  }

  /** Checks a ticket in on this device now; the server hears about it with the next sync. */
  checkIn(raw: string, method: PendingCheckin['method']): LocalResult {
    const entry = this.byCode(raw);
    if (!entry) return { status: 'unknown', code: raw };
    if (entry.checkedIn) return { status: 'already', entry, queued: false };
    entry.checkedIn = true;
    this.pending.push({ code: entry.ticketCode, at: new Date().toISOString(), method });
    this.save();
    void this.sync();
    return { status: 'checked-in', entry, queued: !this.online };
  }

  /** Sends the queue; keeps it (and says so) when the connection is down. */
  async sync(): Promise<void> {
    if (this.syncing || this.pending.length === 0) return;
    this.syncing = true;
    const batch = this.pending.slice(0, 500).map((p) => ({ ...p }));
    try {
      const response = await fetch(`/api/fairs/${this.fairId}/checkins`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ items: batch, device: this.device }),
      });
      if (!response.ok) {
        // Signed out, or the fair closed: keep the queue and show it; a retry may still succeed later.
        this.online = navigator.onLine;
        return;
      }
      const result = (await response.json()) as CheckinResponse;
      const sent = new Set(batch.map((p) => p.code));
      this.pending = this.pending.filter((p) => !sent.has(p.code));
      for (const item of result.items) {
        if (item.status === 'unknown' || item.status === 'cancelled') {
          this.rejected = [...this.rejected, item.code];
          const entry = this.entries.find((e) => e.ticketCode === item.code);
          if (entry) entry.checkedIn = false;
        }
      }
      this.online = true;
      this.save();
    } catch {
      this.online = false;
    } finally {
      this.syncing = false;
    }
  }

  /** A person registered at the door (online): add them to the book. */
  add(entry: RosterEntry) {
    if (!this.entries.some((e) => e.ticketCode === entry.ticketCode)) this.entries.push(entry);
    this.save();
  }
}
