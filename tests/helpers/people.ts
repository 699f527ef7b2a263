import type { Role } from '@ctn/shared';
import { Types } from 'mongoose';
import type supertest from 'supertest';
import { userSearchKey } from '../../server/src/modules/accounts/identity';
import { loginModel, userModel } from '../../server/src/modules/accounts/model';
import { hashPassword } from '../../server/src/modules/accounts/passwords';
import { caseModel } from '../../server/src/modules/cases/model';
import { employerModel } from '../../server/src/modules/employers/model';
import { returneeModel } from '../../server/src/modules/returnees/model';
import type { TestApp } from './app';

export const PASSWORD = 'mat-khau-thu-nghiem';

/** Markers planted in case records: no response to an employer, organizer or viewer may contain them. */
export const CASE_MARKERS = {
  cccd: '001092012345',
  offenceCategory: 'MARKER-OFFENCE-7Q',
  note: 'MARKER-NOTE-7Q',
};

let cachedHash: Promise<string> | undefined;
const passwordHash = () => {
  cachedHash ??= hashPassword(PASSWORD);
  return cachedHash;
};

export interface Person {
  id: string;
  email: string;
  roles: Role[];
  provinceCodes: string[];
  employerId?: string;
  returneeId?: string;
}

/** Creates an active user directly in the database (tests of sign-in itself go through the API). */
export async function createPerson(
  t: TestApp,
  input: {
    email: string;
    roles: Role[];
    provinceCodes: string[];
    displayName?: string;
    phone?: string;
    employerId?: string;
    returneeId?: string;
  },
): Promise<Person> {
  const connection = t.app.db.connection;
  const id = new Types.ObjectId();
  await userModel(connection).create({
    _id: id,
    displayName: input.displayName ?? input.email.split('@')[0],
    email: input.email,
    phone: input.phone,
    passwordHash: await passwordHash(),
    roles: input.roles,
    provinceCodes: input.provinceCodes,
    employerId: input.employerId,
    returneeId: input.returneeId,
    status: 'active',
    searchKey: userSearchKey({
      displayName: input.displayName ?? input.email.split('@')[0],
      email: input.email,
      phone: input.phone,
    }),
  });
  await loginModel(connection).collection.insertOne({ _id: `email:${input.email}` as never, userId: id });
  if (input.phone)
    await loginModel(connection).collection.insertOne({ _id: `phone:${input.phone}` as never, userId: id });
  return {
    id: String(id),
    email: input.email,
    roles: input.roles,
    provinceCodes: input.provinceCodes,
    employerId: input.employerId,
    returneeId: input.returneeId,
  };
}

export async function createEmployer(
  t: TestApp,
  input: { name: string; provinceCode: string; verified: boolean; taxCode: string },
) {
  const employer = await employerModel(t.app.db.connection).create({
    legalName: input.name,
    taxCode: input.taxCode,
    provinceCode: input.provinceCode,
    verified: input.verified,
    fairChancePledge: true,
  });
  return String(employer._id);
}

export async function createReturnee(
  t: TestApp,
  input: {
    displayName: string;
    provinceCode: string;
    counselorId?: string;
    phone?: string;
    withCase?: boolean;
  },
) {
  const returnee = await returneeModel(t.app.db.connection).create({
    displayName: input.displayName,
    provinceCode: input.provinceCode,
    counselorId: input.counselorId,
    phone: input.phone,
    anonymousCode: Math.random().toString(36).slice(2, 6).toUpperCase(),
    birthYear: 1990,
  });
  if (input.withCase) {
    await caseModel(t.app.db.connection).create({
      returneeId: returnee._id,
      provinceCode: input.provinceCode,
      cccd: CASE_MARKERS.cccd,
      offenceCategory: CASE_MARKERS.offenceCategory,
      releaseDate: new Date('2025-06-01T00:00:00Z'),
      notes: [{ at: new Date(), authorId: new Types.ObjectId(), text: CASE_MARKERS.note }],
    });
  }
  return String(returnee._id);
}

/** A cookie-keeping client signed in through the real sign-in endpoint. */
export async function signIn(t: TestApp, identifier: string, password = PASSWORD): Promise<supertest.Agent> {
  const agent = t.agent();
  const res = await agent.post('/api/auth/sign-in').send({ identifier, password });
  if (res.status !== 200)
    throw new Error(`sign-in of ${identifier} failed: ${res.status} ${JSON.stringify(res.body)}`);
  return agent;
}

/**
 * A small province world: Bắc Ninh (24) with two counselors, an organizer, a viewer, two employers, and
 * Hà Nội (01) with its own admin and counselor. Returnees: one per counselor (with case records) and one
 * unassigned in Bắc Ninh.
 */
export async function createWorld(t: TestApp) {
  const employerA = await createEmployer(t, {
    name: 'Công ty May A',
    provinceCode: '24',
    verified: true,
    taxCode: '0100109106',
  });
  const employerB = await createEmployer(t, {
    name: 'Công ty Cơ khí B',
    provinceCode: '24',
    verified: true,
    taxCode: '0101248141',
  });
  const admin = await createPerson(t, { email: 'admin24@test.vn', roles: ['admin'], provinceCodes: ['24'] });
  const adminHanoi = await createPerson(t, {
    email: 'admin01@test.vn',
    roles: ['admin'],
    provinceCodes: ['01'],
  });
  const counselor = await createPerson(t, {
    email: 'canbo1@test.vn',
    roles: ['counselor'],
    provinceCodes: ['24'],
    displayName: 'Cán bộ Một',
  });
  const otherCounselor = await createPerson(t, {
    email: 'canbo2@test.vn',
    roles: ['counselor'],
    provinceCodes: ['24'],
  });
  const hanoiCounselor = await createPerson(t, {
    email: 'canbo3@test.vn',
    roles: ['counselor'],
    provinceCodes: ['01'],
  });
  const organizer = await createPerson(t, {
    email: 'tochuc@test.vn',
    roles: ['organizer'],
    provinceCodes: ['24'],
  });
  const viewer = await createPerson(t, {
    email: 'lanhdao@test.vn',
    roles: ['viewer'],
    provinceCodes: ['24'],
  });
  const employer = await createPerson(t, {
    email: 'tuyendung@a.vn',
    roles: ['employer'],
    provinceCodes: ['24'],
    employerId: employerA,
  });
  const otherEmployer = await createPerson(t, {
    email: 'tuyendung@b.vn',
    roles: ['employer'],
    provinceCodes: ['24'],
    employerId: employerB,
  });
  const minh = await createReturnee(t, {
    displayName: 'Nguyễn Văn Minh',
    provinceCode: '24',
    counselorId: counselor.id,
    phone: '+84912345678',
    withCase: true,
  });
  const lan = await createReturnee(t, {
    displayName: 'Trần Thị Lan',
    provinceCode: '24',
    counselorId: otherCounselor.id,
    withCase: true,
  });
  const hung = await createReturnee(t, {
    displayName: 'Lê Văn Hùng',
    provinceCode: '01',
    counselorId: hanoiCounselor.id,
    withCase: true,
  });
  const unassigned = await createReturnee(t, { displayName: 'Phạm Thị Hoa', provinceCode: '24' });
  const minhUser = await createPerson(t, {
    email: 'minh@test.vn',
    roles: ['returnee'],
    provinceCodes: ['24'],
    returneeId: minh,
    phone: '+84912345678',
  });
  await returneeModel(t.app.db.connection).updateOne({ _id: minh }, { $set: { userId: minhUser.id } });
  return {
    employers: { a: employerA, b: employerB },
    people: {
      admin,
      adminHanoi,
      counselor,
      otherCounselor,
      hanoiCounselor,
      organizer,
      viewer,
      employer,
      otherEmployer,
      minhUser,
    },
    returnees: { minh, lan, hung, unassigned },
  };
}
export type World = Awaited<ReturnType<typeof createWorld>>;
