/**
 * The app for the live-fair benchmark, in its own process: starts on MONGODB_URI/PORT, creates an admin,
 * an organizer and a live fair with REGISTRATIONS people registered (registrations and tickets inserted
 * in bulk, their `reg.added` events published through the real bus), then prints
 * `ready <fairId> <screenKey> <codes file>` and answers IPC messages:
 *   { type: 'memory' } → { heapMb, arrayBuffersMb, rssMb, connections }  (after two full GCs)
 */

import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { TICKET_ALPHABET } from '@ctn/shared';
import { Types } from 'mongoose';
import { buildApp } from '../../../server/src/app';
import { loadConfig } from '../../../server/src/config';
import { userSearchKey } from '../../../server/src/modules/accounts/identity';
import { loginModel, userModel } from '../../../server/src/modules/accounts/model';
import { hashPassword } from '../../../server/src/modules/accounts/passwords';
import { fairRuntime } from '../../../server/src/modules/fairs/live';
import { fairModel, registrationModel, ticketModel } from '../../../server/src/modules/fairs/model';
import { flushStats } from '../../../server/src/realtime/routes';
import { collectGarbage } from './common';

const env = process.env;
const REGISTRATIONS = Number(env.REGISTRATIONS ?? 5_000);
const config = loadConfig({
  NODE_ENV: 'production',
  PORT: env.PORT!,
  PUBLIC_URL: `http://127.0.0.1:${env.PORT}`,
  MONGODB_URI: env.MONGODB_URI!,
  DATA_DIR: env.DATA_DIR!,
  SERVE_WEB: 'false',
  LOG_LEVEL: 'error',
  BACKGROUND_JOBS: 'false',
  SESSION_SECRET: 'bench-secret-bench-secret-bench-secret',
});
const app = await buildApp(config);
await app.listen({ host: '127.0.0.1', port: Number(env.PORT) });
const connection = app.db.connection;

const passwordHash = await hashPassword('mat-khau-do-hieu-nang');
async function person(email: string, roles: ('admin' | 'organizer')[]) {
  const _id = new Types.ObjectId();
  await userModel(connection).create({
    _id,
    displayName: email,
    email,
    passwordHash,
    roles,
    provinceCodes: ['24'],
    status: 'active',
    searchKey: userSearchKey({ displayName: email, email }),
  });
  await loginModel(connection).collection.insertOne({ _id: `email:${email}` as never, userId: _id });
  return _id;
}
const adminId = await person('quantri@bench.vn', ['admin']);
const organizerId = await person('tochuc@bench.vn', ['organizer']);

const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
const fair = await fairModel(connection).create({
  name: 'Phiên chợ đo hiệu năng',
  provinceCode: '24',
  venue: 'Nhà thi đấu tỉnh',
  date: today,
  startTime: '07:00',
  endTime: '17:00',
  hiringTarget: 500,
  capacity: REGISTRATIONS * 2,
  status: 'live',
  organizerIds: [organizerId],
  screenKey: 'bench-screen-key-0001',
  createdBy: adminId,
});
const fairId = String(fair._id);

// Registrations and tickets in bulk (the registration path is measured by the integration tests, not here).
const codes: string[] = [];
const used = new Set<string>();
const registrations = [];
const tickets = [];
for (let n = 1; n <= REGISTRATIONS; n++) {
  let code: string;
  do {
    code = Array.from(
      { length: 6 },
      () => TICKET_ALPHABET[Math.floor(Math.random() * TICKET_ALPHABET.length)],
    ).join('');
  } while (used.has(code));
  used.add(code);
  codes.push(code);
  const _id = new Types.ObjectId();
  registrations.push({
    _id,
    fairId: fair._id,
    provinceCode: '24',
    displayName: `Người tham dự ${n}`,
    searchKey: `nguoi tham du ${n}`,
    walkIn: false,
    number: n,
    ticketCode: code,
    status: 'registered',
    version: 0,
    registeredBy: 'counselor',
    registeredAt: new Date(),
  });
  tickets.push({ _id: code, fairId: fair._id, registrationId: _id });
}
for (let i = 0; i < registrations.length; i += 1000) {
  await registrationModel(connection).collection.insertMany(registrations.slice(i, i + 1000) as never[]);
  await ticketModel(connection).collection.insertMany(tickets.slice(i, i + 1000) as never[]);
}
const runtime = await fairRuntime(app, fairId);
await runtime.publish('fair.info', {
  name: fair.name,
  date: fair.date,
  hiringTarget: fair.hiringTarget,
  capacity: fair.capacity,
  status: 'live',
});
await Promise.all(
  Array.from({ length: REGISTRATIONS }, (_, i) =>
    app.realtime.publish(runtime.stream, 'reg.added', { n: i + 1, walkIn: false }),
  ),
);
await runtime.catchUp();
// The door's ticket book as after a restart: loaded from the database.
const { closeRuntimes } = await import('../../../server/src/modules/fairs/live');
await closeRuntimes(app);
await fairRuntime(app, fairId);

const codesFile = path.join(env.DATA_DIR!, 'codes.json');
writeFileSync(codesFile, JSON.stringify(codes));
process.on('message', (message: { type: string }) => {
  if (message.type !== 'memory') return;
  collectGarbage();
  const usage = process.memoryUsage();
  process.send?.({
    type: 'memory',
    heapMb: usage.heapUsed / 1048576,
    arrayBuffersMb: usage.arrayBuffers / 1048576,
    rssMb: usage.rss / 1048576,
    connections: app.realtime.connections(),
    flushes: { ...flushStats },
  });
});
console.log(`ready ${fairId} ${fair.screenKey} ${codesFile} ${runtime.state.lastSeq}`);
