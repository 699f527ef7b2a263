/**
 * The app for the matching API benchmark, in its own process (the load generator must not share its
 * event loop): starts on MONGODB_URI/PORT, puts the benchmark's postings in the job board's registry
 * (as if loaded from the database at start-up) and its people in the matching store, creates a counselor
 * with 20 of those people in the database, then prints `ready <startMs> <rssMb> <id,id,…> <heapMb>`.
 */

import { Types } from 'mongoose';
import { buildApp } from '../../../server/src/app';
import { loadConfig } from '../../../server/src/config';
import { userSearchKey } from '../../../server/src/modules/accounts/identity';
import { loginModel, userModel } from '../../../server/src/modules/accounts/model';
import { hashPassword } from '../../../server/src/modules/accounts/passwords';
import { matchingStoreOf } from '../../../server/src/modules/matching/plugin';
import type { OpenPosting } from '../../../server/src/modules/postings/search';
import { returneeModel } from '../../../server/src/modules/returnees/model';
import { collectGarbage } from './common';
import { matchPostings, peopleGenerator } from './match-data';

const started = performance.now();
const env = process.env;
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
const { postings, communesByProvince } = matchPostings(Number(env.POSTINGS ?? 100_000));
app.openPostings.replaceAll(postings as unknown as OpenPosting[]);
const store = matchingStoreOf(app)!;
const person = peopleGenerator(communesByProvince);
const PEOPLE = Number(env.PEOPLE ?? 300_000);
for (let i = 0; i < PEOPLE; i += 10_000)
  store.returnees.upsert(Array.from({ length: Math.min(10_000, PEOPLE - i) }, (_, j) => person(i + j)));

const connection = app.db.connection;
const counselorId = new Types.ObjectId();
await userModel(connection).create({
  _id: counselorId,
  displayName: 'Cán bộ đo hiệu năng',
  email: 'bench@example.vn',
  passwordHash: await hashPassword('mat-khau-do-hieu-nang'),
  roles: ['counselor'],
  provinceCodes: ['24'],
  status: 'active',
  searchKey: userSearchKey({ displayName: 'Cán bộ đo hiệu năng', email: 'bench@example.vn' }),
});
await loginModel(connection).collection.insertOne({
  _id: 'email:bench@example.vn' as never,
  userId: counselorId,
});
const ids: string[] = [];
for (let i = 0; i < 20; i++) {
  const profile = person(PEOPLE + i);
  const _id = new Types.ObjectId();
  await returneeModel(connection).collection.insertOne({
    _id,
    displayName: `Người thử ${i}`,
    status: 'seeking',
    provinceCode: profile.provinceCode,
    communeCode: profile.communeCode,
    counselorId,
    anonymousCode: `B${i.toString().padStart(3, '0')}`,
    skills: profile.skills.map((s) => ({ label: s.label })),
    certificates: profile.certificates.map((c) => ({ _id: new Types.ObjectId(), ...c })),
    desiredOccupations: profile.desiredOccupations,
    acceptableProvinces: profile.acceptableProvinces,
    willingToRelocate: profile.willingToRelocate,
    expectedWage: profile.expectedWage,
    shifts: profile.shifts,
    employmentTypes: profile.employmentTypes,
    createdAt: new Date(),
    updatedAt: new Date(),
  });
  ids.push(String(_id));
}
await store.refreshReturnees(ids);
collectGarbage();
const memory = process.memoryUsage();
const mb = (bytes: number) => Math.round(bytes / 1048576);
console.log(
  `ready ${Math.round(performance.now() - started)} ${mb(memory.rss)} ${ids.join(',')} ${mb(memory.heapUsed + memory.arrayBuffers)}`,
);
process.on('SIGTERM', async () => {
  await app.close();
  process.exit(0);
});
