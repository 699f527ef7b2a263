import { describe, expect, it } from 'vitest';
import {
  applyFairEvent,
  boothBoard,
  type FairEvent,
  foldFairEvents,
  queuePlace,
  targetPercent,
} from './dashboard';

let seq = 0;
const t0 = Date.parse('2026-03-14T01:00:00Z');
function ev(type: string, data: unknown, minutes = seq): FairEvent {
  seq += 1;
  return { seq, type, data, at: new Date(t0 + minutes * 60_000).toISOString() };
}

function world() {
  seq = 0;
  return [
    ev('fair.info', {
      name: 'Phiên chợ Bắc Ninh',
      date: '2026-03-14',
      status: 'live',
      hiringTarget: 4,
      capacity: 10,
    }),
    ev('booth.open', { b: 'B1', no: 1, employer: 'May Sông Hồng' }),
    ev('booth.open', { b: 'B2', no: 2, employer: 'Cơ khí Kinh Bắc' }),
    ev('reg.added', { n: 1, walkIn: false }),
    ev('reg.added', { n: 2, walkIn: false }),
    ev('reg.added', { n: 3, walkIn: true }),
    ev('checkin', { n: 1 }),
    ev('checkin', { n: 2 }),
    ev('checkin', { n: 3 }),
  ];
}

describe('fair dashboard fold', () => {
  it('counts registrations, walk-ins and check-ins once each', () => {
    const events = world();
    const state = foldFairEvents([
      ...events,
      ev('checkin', { n: 1 }),
      ev('reg.added', { n: 2, walkIn: false }),
    ]);
    expect(state.counts).toMatchObject({ registered: 3, walkIns: 1, checkedIn: 3 });
    expect(state.fair?.name).toBe('Phiên chợ Bắc Ninh');
  });

  it('ignores an event it has already applied (replay overlap)', () => {
    const events = world();
    const state = foldFairEvents(events);
    const again = foldFairEvents(events, state);
    expect(again.counts.checkedIn).toBe(3);
    expect(again.lastSeq).toBe(events.length);
  });

  it('keeps queues, positions and expected waits, one place per booth', () => {
    const state = foldFairEvents(world());
    applyFairEvent(state, ev('queue.joined', { b: 'B1', n: 1 }, 10));
    applyFairEvent(state, ev('queue.joined', { b: 'B1', n: 2 }, 11));
    applyFairEvent(state, ev('queue.joined', { b: 'B1', n: 2 }, 11));
    applyFairEvent(state, ev('queue.joined', { b: 'B2', n: 2 }, 12));
    expect(state.booths.B1!.queue).toEqual([1, 2]);
    expect(state.counts.inQueue).toBe(2);
    expect(queuePlace(state, 'B1', 2)).toEqual({ state: 'waiting', position: 2, expectedWaitMinutes: 5 });
    expect(queuePlace(state, 'B2', 2)?.position).toBe(1);

    applyFairEvent(state, ev('queue.called', { b: 'B1', n: 1, k: 1 }, 14));
    expect(queuePlace(state, 'B1', 1)?.state).toBe('called');
    expect(queuePlace(state, 'B1', 2)).toEqual({ state: 'waiting', position: 1, expectedWaitMinutes: 5 });
    expect(state.counts).toMatchObject({ inQueue: 1, atBooths: 1 });
    // The same call again (a retried publish) changes nothing.
    applyFairEvent(state, ev('queue.called', { b: 'B1', n: 1, k: 1 }, 15));
    expect(state.people[1]!.calls).toBe(1);

    applyFairEvent(state, ev('outcome', { b: 'B1', k: 1, o: 'hired', occ: '7531' }, 20));
    applyFairEvent(state, ev('outcome', { b: 'B1', k: 1, o: 'hired' }, 21));
    expect(state.counts).toMatchObject({ interviews: 1, interviewed: 1, hired: 1, atBooths: 0 });
    expect(state.counts.outcomes.hired).toBe(1);
    expect(state.booths.B1!.waitMsTotal).toBe(4 * 60_000);
    expect(state.ticker).toHaveLength(1);
    expect(state.ticker[0]).toMatchObject({ boothNo: 1, employer: 'May Sông Hồng', outcome: 'hired' });
    expect(JSON.stringify(state.ticker)).not.toMatch(/"n"/);
    expect(targetPercent(state)).toBe(25);

    applyFairEvent(state, ev('queue.called', { b: 'B1', n: 2, k: 2 }, 22));
    applyFairEvent(state, ev('queue.noshow', { b: 'B1', k: 2 }, 23));
    expect(state.booths.B1!.serving).toBeNull();
    expect(state.counts.atBooths).toBe(0);
    // Still waiting at booth 2.
    expect(state.counts.inQueue).toBe(1);
    const board = boothBoard(state);
    expect(board.map((b) => [b.no, b.queueLength, b.hired])).toEqual([
      [1, 0, 1],
      [2, 1, 0],
    ]);
  });

  it('does not queue people who are not in the hall, nor at closed booths', () => {
    seq = 0;
    const state = foldFairEvents([
      ev('booth.open', { b: 'B1', no: 1, employer: 'A' }),
      ev('reg.added', { n: 5, walkIn: false }),
      ev('queue.joined', { b: 'B1', n: 5 }),
      ev('checkin', { n: 5 }),
      ev('booth.close', { b: 'B1' }),
      ev('queue.joined', { b: 'B1', n: 5 }),
    ]);
    expect(state.counts.inQueue).toBe(0);
    expect(state.booths.B1!.queue).toEqual([]);
  });

  it('cancels a registration only before check-in', () => {
    const state = foldFairEvents([...world(), ev('reg.added', { n: 4, walkIn: false })]);
    applyFairEvent(state, ev('reg.cancelled', { n: 4 }));
    applyFairEvent(state, ev('reg.cancelled', { n: 1 }));
    expect(state.counts.registered).toBe(3);
    expect(state.people[4]).toBeUndefined();
  });
});
