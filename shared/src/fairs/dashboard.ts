/**
 * The live state of a fair as a fold of its event log (stream `fair:<id>`). The server keeps one per fair
 * (snapshots for dashboards, queue decisions) and every browser dashboard applies the same function to the
 * events it receives, so both always agree.
 *
 * `applyFairEvent` changes the state in place (a dashboard applies thousands of events; copying the
 * state for each would be wasted work) and is deterministic: no clock, no randomness, no I/O — times come
 * from the events. Applying an event twice, or one that does not fit (a call on a closed booth, an
 * outcome for a call already closed), changes nothing, so at-least-once publishing is safe.
 *
 * People appear only as their number at the fair (`n`, printed on their ticket); nothing here is a name.
 */
import type { FairOutcome, FairStatus } from './lifecycle';

/** Event types and their data. `b` = booth id, `n` = the person's number, `k` = the booth's call number. */
export interface FairEventData {
  'fair.info': { name: string; date: string; hiringTarget: number; capacity: number; status: FairStatus };
  'fair.status': { status: FairStatus };
  'booth.open': { b: string; no: number; employer: string };
  'booth.close': { b: string };
  'reg.added': { n: number; walkIn: boolean };
  'reg.cancelled': { n: number };
  checkin: { n: number };
  'queue.joined': { b: string; n: number };
  'queue.left': { b: string; n: number };
  'queue.called': { b: string; n: number; k: number };
  'queue.noshow': { b: string; k: number };
  outcome: { b: string; k: number; o: FairOutcome; r?: string; occ?: string };
}
export type FairEventType = keyof FairEventData;
export const FAIR_EVENT_TYPES = [
  'fair.info',
  'fair.status',
  'booth.open',
  'booth.close',
  'reg.added',
  'reg.cancelled',
  'checkin',
  'queue.joined',
  'queue.left',
  'queue.called',
  'queue.noshow',
  'outcome',
] as const satisfies readonly FairEventType[];

/** An event as the bus delivers it (server/src/realtime/bus.ts LiveEvent). */
export interface FairEvent {
  seq: number;
  type: string;
  data: unknown;
  /** ISO time the event was stored. */
  at: string;
}

export interface BoothLive {
  id: string;
  no: number;
  employer: string;
  open: boolean;
  /** Numbers waiting, first = next. */
  queue: number[];
  /** When each waiting number joined (ms). */
  joinedAt: Record<string, number>;
  serving: { n: number; k: number; since: number } | null;
  /** The highest call number used (calls are 1, 2, 3… per booth). */
  lastCall: number;
  interviews: number;
  outcomes: Record<FairOutcome, number>;
  waitMsTotal: number;
  waits: number;
  serviceMsTotal: number;
  services: number;
}

export interface PersonLive {
  walkIn: boolean;
  checkedIn: boolean;
  /** Booth id where the person is being talked to now. */
  servingAt: string | null;
  /** Times called anywhere (the person's call claims are numbered by it). */
  calls: number;
  /** Booths whose queue the person is waiting in. */
  queues: string[];
  /** Times joined, per booth (queue claims are numbered by it). */
  joins: Record<string, number>;
  outcomes: number;
  hired: boolean;
}

export interface TickerItem {
  seq: number;
  at: string;
  boothNo: number;
  employer: string;
  outcome: FairOutcome;
}

export interface FairCounts {
  registered: number;
  walkIns: number;
  checkedIn: number;
  /** People waiting in at least one queue now. */
  inQueue: number;
  /** People being talked to at a booth now. */
  atBooths: number;
  /** People with at least one outcome. */
  interviewed: number;
  interviews: number;
  /** People hired at least once. */
  hired: number;
  outcomes: Record<FairOutcome, number>;
}

export interface FairDashboardState {
  lastSeq: number;
  fair: { name: string; date: string; status: FairStatus; hiringTarget: number; capacity: number } | null;
  counts: FairCounts;
  booths: Record<string, BoothLive>;
  people: Record<string, PersonLive>;
  /** Newest first: good news only (hired, shortlisted), never a person. */
  ticker: TickerItem[];
}

export const TICKER_SIZE = 12;
/** Until a booth has finished a few interviews, assume this long each. */
export const DEFAULT_SERVICE_MS = 5 * 60_000;

const zeroOutcomes = (): Record<FairOutcome, number> => ({
  shortlisted: 0,
  hired: 0,
  'second-interview': 0,
  'not-suitable': 0,
  training: 0,
  loan: 0,
});

export function emptyDashboard(): FairDashboardState {
  return {
    lastSeq: 0,
    fair: null,
    counts: {
      registered: 0,
      walkIns: 0,
      checkedIn: 0,
      inQueue: 0,
      atBooths: 0,
      interviewed: 0,
      interviews: 0,
      hired: 0,
      outcomes: zeroOutcomes(),
    },
    booths: {},
    people: {},
    ticker: [],
  };
}

function removeFromQueue(state: FairDashboardState, booth: BoothLive, n: number): number | undefined {
  const index = booth.queue.indexOf(n);
  if (index < 0) return undefined;
  booth.queue.splice(index, 1);
  const joined = booth.joinedAt[n];
  delete booth.joinedAt[n];
  const person = state.people[n];
  if (person) {
    person.queues = person.queues.filter((b) => b !== booth.id);
    if (person.queues.length === 0) state.counts.inQueue -= 1;
  }
  return joined;
}

function endServing(state: FairDashboardState, booth: BoothLive): void {
  const serving = booth.serving;
  if (!serving) return;
  booth.serving = null;
  const person = state.people[serving.n];
  if (person && person.servingAt === booth.id) {
    person.servingAt = null;
    state.counts.atBooths -= 1;
  }
}

const TICKER_OUTCOMES: readonly FairOutcome[] = ['hired', 'shortlisted'];

/**
 * Applies one event to the state (in place) and returns it. Events must come in seq order; an event at
 * or below `lastSeq` is ignored (a replay overlapping what the state already holds).
 */
export function applyFairEvent(state: FairDashboardState, event: FairEvent): FairDashboardState {
  if (event.seq <= state.lastSeq) return state;
  state.lastSeq = event.seq;
  const at = Date.parse(event.at);
  const c = state.counts;
  switch (event.type as FairEventType) {
    case 'fair.info': {
      const d = event.data as FairEventData['fair.info'];
      state.fair = {
        name: d.name,
        date: d.date,
        status: d.status,
        hiringTarget: d.hiringTarget,
        capacity: d.capacity,
      };
      break;
    }
    case 'fair.status': {
      const d = event.data as FairEventData['fair.status'];
      if (state.fair) state.fair.status = d.status;
      break;
    }
    case 'booth.open': {
      const d = event.data as FairEventData['booth.open'];
      const booth = state.booths[d.b];
      if (booth) {
        booth.open = true;
        booth.no = d.no;
        booth.employer = d.employer;
      } else {
        state.booths[d.b] = {
          id: d.b,
          no: d.no,
          employer: d.employer,
          open: true,
          queue: [],
          joinedAt: {},
          serving: null,
          lastCall: 0,
          interviews: 0,
          outcomes: zeroOutcomes(),
          waitMsTotal: 0,
          waits: 0,
          serviceMsTotal: 0,
          services: 0,
        };
      }
      break;
    }
    case 'booth.close': {
      const d = event.data as FairEventData['booth.close'];
      const booth = state.booths[d.b];
      if (!booth) break;
      booth.open = false;
      for (const n of [...booth.queue]) removeFromQueue(state, booth, n);
      endServing(state, booth);
      break;
    }
    case 'reg.added': {
      const d = event.data as FairEventData['reg.added'];
      if (state.people[d.n]) break;
      state.people[d.n] = {
        walkIn: d.walkIn,
        checkedIn: false,
        servingAt: null,
        calls: 0,
        queues: [],
        joins: {},
        outcomes: 0,
        hired: false,
      };
      c.registered += 1;
      if (d.walkIn) c.walkIns += 1;
      break;
    }
    case 'reg.cancelled': {
      const d = event.data as FairEventData['reg.cancelled'];
      const person = state.people[d.n];
      // Only before check-in: someone in the hall is part of the day's figures.
      if (!person || person.checkedIn) break;
      delete state.people[d.n];
      c.registered -= 1;
      if (person.walkIn) c.walkIns -= 1;
      break;
    }
    case 'checkin': {
      const d = event.data as FairEventData['checkin'];
      const person = state.people[d.n];
      if (!person || person.checkedIn) break;
      person.checkedIn = true;
      c.checkedIn += 1;
      break;
    }
    case 'queue.joined': {
      const d = event.data as FairEventData['queue.joined'];
      const booth = state.booths[d.b];
      const person = state.people[d.n];
      if (!booth?.open || !person?.checkedIn) break;
      if (booth.queue.includes(d.n) || booth.serving?.n === d.n) break;
      booth.queue.push(d.n);
      booth.joinedAt[d.n] = at;
      person.joins[d.b] = (person.joins[d.b] ?? 0) + 1;
      person.queues.push(d.b);
      if (person.queues.length === 1) c.inQueue += 1;
      break;
    }
    case 'queue.left': {
      const d = event.data as FairEventData['queue.left'];
      const booth = state.booths[d.b];
      if (booth) removeFromQueue(state, booth, d.n);
      break;
    }
    case 'queue.called': {
      const d = event.data as FairEventData['queue.called'];
      const booth = state.booths[d.b];
      const person = state.people[d.n];
      if (!booth || !person || d.k <= booth.lastCall) break;
      booth.lastCall = d.k;
      const joined = removeFromQueue(state, booth, d.n);
      if (joined !== undefined) {
        booth.waitMsTotal += Math.max(0, at - joined);
        booth.waits += 1;
      }
      endServing(state, booth);
      booth.serving = { n: d.n, k: d.k, since: at };
      person.calls += 1;
      if (person.servingAt === null) c.atBooths += 1;
      else {
        // Called here while still marked at another booth (that booth never closed the call): move them.
        const other = state.booths[person.servingAt];
        if (other?.serving?.n === d.n) other.serving = null;
      }
      person.servingAt = d.b;
      break;
    }
    case 'queue.noshow': {
      const d = event.data as FairEventData['queue.noshow'];
      const booth = state.booths[d.b];
      if (booth?.serving?.k === d.k) endServing(state, booth);
      break;
    }
    case 'outcome': {
      const d = event.data as FairEventData['outcome'];
      const booth = state.booths[d.b];
      if (!booth?.serving || booth.serving.k !== d.k) break;
      const person = state.people[booth.serving.n];
      booth.serviceMsTotal += Math.max(0, at - booth.serving.since);
      booth.services += 1;
      endServing(state, booth);
      booth.interviews += 1;
      booth.outcomes[d.o] = (booth.outcomes[d.o] ?? 0) + 1;
      c.interviews += 1;
      c.outcomes[d.o] = (c.outcomes[d.o] ?? 0) + 1;
      if (person) {
        if (person.outcomes === 0) c.interviewed += 1;
        person.outcomes += 1;
        if (d.o === 'hired' && !person.hired) {
          person.hired = true;
          c.hired += 1;
        }
      }
      if (TICKER_OUTCOMES.includes(d.o)) {
        state.ticker.unshift({
          seq: event.seq,
          at: event.at,
          boothNo: booth.no,
          employer: booth.employer,
          outcome: d.o,
        });
        if (state.ticker.length > TICKER_SIZE) state.ticker.length = TICKER_SIZE;
      }
      break;
    }
    default:
      break;
  }
  return state;
}

/** The state after `events`, from scratch (or from a snapshot). */
export function foldFairEvents(events: Iterable<FairEvent>, from: FairDashboardState = emptyDashboard()) {
  for (const event of events) applyFairEvent(from, event);
  return from;
}

/** Average time one interview takes at this booth (a default until it has done a few). */
export function serviceMs(booth: BoothLive): number {
  return booth.services >= 2 ? booth.serviceMsTotal / booth.services : DEFAULT_SERVICE_MS;
}

export function averageWaitMinutes(booth: BoothLive): number {
  return booth.waits ? Math.round(booth.waitMsTotal / booth.waits / 60_000) : 0;
}

/** Where a number stands in a booth's queue (1 = next) and how long it will probably wait. */
export function queuePlace(
  state: FairDashboardState,
  boothId: string,
  n: number,
): { state: 'waiting' | 'called'; position: number; expectedWaitMinutes: number } | undefined {
  const booth = state.booths[boothId];
  if (!booth) return undefined;
  if (booth.serving?.n === n) return { state: 'called', position: 0, expectedWaitMinutes: 0 };
  const index = booth.queue.indexOf(n);
  if (index < 0) return undefined;
  const ahead = index + (booth.serving ? 1 : 0);
  return {
    state: 'waiting',
    position: index + 1,
    expectedWaitMinutes: Math.round((ahead * serviceMs(booth)) / 60_000),
  };
}

/** Booths in floor order with what a hall screen shows about each (no people). */
export function boothBoard(state: FairDashboardState) {
  return Object.values(state.booths)
    .filter((booth) => booth.open)
    .sort((a, b) => a.no - b.no)
    .map((booth) => ({
      id: booth.id,
      no: booth.no,
      employer: booth.employer,
      queueLength: booth.queue.length,
      serving: !!booth.serving,
      averageWaitMinutes: averageWaitMinutes(booth),
      expectedWaitMinutes: Math.round(
        ((booth.queue.length + (booth.serving ? 1 : 0)) * serviceMs(booth)) / 60_000,
      ),
      interviews: booth.interviews,
      hired: booth.outcomes.hired,
      shortlisted: booth.outcomes.shortlisted,
    }));
}

/** Hired ÷ target in percent (0 without a target). */
export function targetPercent(state: FairDashboardState): number {
  const target = state.fair?.hiringTarget ?? 0;
  return target > 0 ? Math.round((state.counts.hired / target) * 100) : 0;
}
