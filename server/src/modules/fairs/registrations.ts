/**
 * Registrations and tickets. Capacity holds under any number of concurrent requests on any number of
 * instances because a place is a numbered seat claimed by insert (`fair-seat:<fairId>:<n>`, n ≤ capacity):
 * the database refuses a second insert of the same seat, so there are never more registrations than seats.
 * One registration per person per fair comes from its deterministic `_id`; a ticket code is the `_id` of
 * its ticket. The seat number is the person's number for the day ("Số 17"), what booths and screens show.
 */
import { randomInt } from 'node:crypto';
import {
  CONSENT_TEXT,
  foldVietnamese,
  normalizeTicketCode,
  type RegisterBody,
  type RegistrationView,
  type Roster,
  TICKET_ALPHABET,
  type TicketView,
  type WalkInBody,
} from '@ctn/shared';
import { shortName } from '@ctn/shared/format/name';
import { normalizeVietnamesePhone } from '@ctn/shared/taxonomy/identifiers';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Types } from 'mongoose';
import QRCode from 'qrcode';
import { type Actor, hasRole, sameId } from '../../auth/actor';
import { claimOnce, releaseClaim } from '../../lib/claims';
import { ConflictError, NotFoundError, ValidationError } from '../../lib/errors';
import { isDuplicateKey, objectIdFor } from '../../lib/ids';
import { renderMail } from '../../mail/templates';
import { ACCOUNT_MESSAGES } from '../accounts/messages';
import { grantConsent, returneesWithConsent } from '../consents/service';
import { returneeModel } from '../returnees/model';
import { itineraryFor } from './itinerary';
import { entryOf, type FairRuntime, fairRuntime, type TicketEntry } from './live';
import { fairTicketMail } from './mail';
import { FAIR_MESSAGES } from './messages';
import { checkinModel, type RegistrationRecord, registrationModel, ticketModel } from './model';
import { canRegisterPerson, canRunFair } from './policy';
import { approvedBooths, type LeanFair, loadFairFor, toFairSummary } from './service';

type LeanRegistration = RegistrationRecord;

const isOpen = (fair: LeanFair) => fair.status === 'registration' || fair.status === 'live';

/**
 * Claims a free seat (1…capacity) and returns its number, or undefined when every seat is taken. This
 * instance tries seats from a cursor (concurrent requests here take different seats); seats other instances
 * took are skipped on the duplicate key; seats freed by cancellations are found by a last pass from 1.
 */
export async function allocateSeat(
  app: FastifyInstance,
  runtime: FairRuntime,
  fair: LeanFair,
  registrationId: string,
): Promise<number | undefined> {
  const fairId = String(fair._id);
  const capacity = fair.capacity;
  if (runtime.seatCursor === 0) {
    const numbers = Object.keys(runtime.state.people).map(Number);
    runtime.seatCursor = Math.max(0, ...numbers) + 1;
  }
  const tryClaim = (n: number) => claimOnce(app.db.connection, `fair-seat:${fairId}:${n}`, registrationId);
  while (runtime.seatCursor <= capacity) {
    const n = runtime.seatCursor++;
    if (await tryClaim(n)) return n;
  }
  // Past the end: look for seats given back by cancellations (the state knows which numbers are in use).
  for (let n = 1; n <= capacity; n++) {
    if (runtime.state.people[n]) continue;
    if (await tryClaim(n)) return n;
  }
  return undefined;
}

function randomCode(): string {
  return Array.from({ length: 6 }, () => TICKET_ALPHABET[randomInt(TICKET_ALPHABET.length)]).join('');
}

async function issueTicket(
  app: FastifyInstance,
  fairId: string,
  registrationId: Types.ObjectId,
): Promise<string> {
  for (;;) {
    const code = randomCode();
    try {
      await ticketModel(app.db.connection).collection.insertOne({
        _id: code as never,
        fairId: new Types.ObjectId(fairId),
        registrationId,
      });
      return code;
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
    }
  }
}

function toView(r: LeanRegistration, runtime: FairRuntime): RegistrationView {
  return {
    id: String(r._id),
    fairId: String(r.fairId),
    number: r.number,
    ticketCode: r.ticketCode,
    displayName: r.displayName,
    returneeId: r.returneeId ? String(r.returneeId) : undefined,
    walkIn: r.walkIn,
    status: r.status as RegistrationView['status'],
    checkedIn: r.status === 'registered' && !!runtime.state.people[r.number]?.checkedIn,
    registeredAt: r.registeredAt.toISOString(),
    emailed: !!r.emailedAt,
  };
}

function searchKeyOf(displayName: string, phone?: string | null) {
  return [foldVietnamese(displayName), phone ? `0${phone.slice(3)}` : ''].join(' ').trim();
}

interface NewRegistration {
  _id: Types.ObjectId;
  returneeId?: Types.ObjectId;
  counselorId?: Types.ObjectId;
  displayName: string;
  phone?: string;
  walkIn: boolean;
  registeredBy: string;
  consentId?: Types.ObjectId;
  walkInConsent?: { text: string; at: Date; byUserId: Types.ObjectId };
}

/**
 * Creates (or revives) a registration with a seat and a ticket. Returns the stored registration and
 * whether it is new; a registration that already exists is returned as it is (retries, double taps).
 */
async function register(
  app: FastifyInstance,
  fair: LeanFair,
  actor: Actor,
  input: NewRegistration,
): Promise<{ registration: LeanRegistration; created: boolean }> {
  const fairId = String(fair._id);
  const Registration = registrationModel(app.db.connection);
  const runtime = await fairRuntime(app, fairId);
  const existing = await Registration.findById(input._id).lean<LeanRegistration>();
  if (existing?.status === 'registered') return { registration: existing, created: false };
  if (
    existing &&
    !(await claimOnce(app.db.connection, `fair-registration:${input._id}:v${existing.version}`, actor.id))
  ) {
    // Someone revived (or cancelled) it at this very moment: answer with what it is now.
    return {
      registration: (await Registration.findById(input._id).lean<LeanRegistration>())!,
      created: false,
    };
  }
  const number = await allocateSeat(app, runtime, fair, String(input._id));
  if (number === undefined) throw new ConflictError('FAIR_FULL', FAIR_MESSAGES.full);
  const now = new Date();
  try {
    if (existing) {
      await Registration.updateOne(
        { _id: input._id },
        {
          $set: {
            status: 'registered',
            number,
            registeredAt: now,
            registeredBy: input.registeredBy,
            registeredByUserId: actor.id,
            ...(input.consentId ? { consentId: input.consentId } : {}),
          },
          $inc: { version: 1 },
          $unset: { cancelledAt: 1 },
        },
      );
    } else {
      const ticketCode = await issueTicket(app, fairId, input._id);
      try {
        await Registration.collection.insertOne({
          _id: input._id,
          fairId: fair._id,
          returneeId: input.returneeId,
          counselorId: input.counselorId,
          provinceCode: fair.provinceCode,
          displayName: input.displayName,
          phone: input.phone,
          searchKey: searchKeyOf(input.displayName, input.phone),
          walkIn: input.walkIn,
          number,
          ticketCode,
          status: 'registered',
          version: 0,
          registeredBy: input.registeredBy,
          registeredByUserId: new Types.ObjectId(actor.id),
          consentId: input.consentId,
          walkInConsent: input.walkInConsent,
          registeredAt: now,
        });
      } catch (error) {
        await ticketModel(app.db.connection).deleteOne({ _id: ticketCode });
        throw error;
      }
    }
  } catch (error) {
    await releaseClaim(app.db.connection, `fair-seat:${fairId}:${number}`);
    if (!isDuplicateKey(error)) throw error;
    // The same person registered by two requests at once: one registration, one seat.
    return {
      registration: (await Registration.findById(input._id).lean<LeanRegistration>())!,
      created: false,
    };
  }
  const registration = (await Registration.findById(input._id).lean<LeanRegistration>())!;
  runtime.remember(entryOf(registration));
  await runtime.publish('reg.added', { n: number, walkIn: input.walkIn });
  return { registration, created: true };
}

function fairWhen(fair: LeanFair) {
  const [y, m, d] = fair.date.split('-');
  return `${fair.startTime}–${fair.endTime}, ${d}/${m}/${y}`;
}

export function ticketUrl(app: FastifyInstance, code: string) {
  return `${app.config.publicUrl}/tickets/${code}`;
}

async function emailTicket(app: FastifyInstance, fair: LeanFair, r: LeanRegistration, email: string) {
  await app.mail.enqueue({
    to: email,
    idempotencyKey: `fair-ticket:${r._id}:${r.ticketCode}:v${r.version}`,
    ...renderMail(fairTicketMail, {
      name: r.displayName,
      fairName: fair.name,
      when: fairWhen(fair),
      venue: fair.venue,
      code: r.ticketCode,
      number: r.number,
      url: ticketUrl(app, r.ticketCode),
    }),
  });
  await registrationModel(app.db.connection).updateOne({ _id: r._id }, { $set: { emailedAt: new Date() } });
}

/**
 * A counselor registers someone from their caseload (with the person beside them), or a person registers
 * themselves. The fair consent (`fair:<id>`) is recorded first: without it nothing is created.
 */
export async function registerReturnee(
  app: FastifyInstance,
  request: FastifyRequest,
  fairId: string,
  body: RegisterBody,
): Promise<{ view: RegistrationView; created: boolean }> {
  const actor = request.requireActor();
  const fair = await loadFairFor(app, actor, fairId);
  if (!isOpen(fair)) throw new ConflictError('FAIR_NOT_OPEN', FAIR_MESSAGES.notOpenForRegistration);
  const returnee = Types.ObjectId.isValid(body.returneeId)
    ? await returneeModel(app.db.connection).findById(body.returneeId).lean()
    : null;
  if (!returnee || !canRegisterPerson(actor, returnee)) throw new NotFoundError();
  const consent = await grantConsent(app, request, String(returnee._id), `fair:${fairId}`);
  const self = sameId(actor.returneeId, returnee._id);
  const { registration, created } = await register(app, fair, actor, {
    _id: objectIdFor(`fair-registration:${fairId}:${returnee._id}`),
    returneeId: returnee._id,
    counselorId: returnee.counselorId ?? undefined,
    displayName: returnee.displayName,
    phone: returnee.phone ?? undefined,
    walkIn: false,
    registeredBy: self ? 'self' : 'counselor',
    consentId: new Types.ObjectId(consent.id),
  });
  if (created) {
    await app.audit.record(request, {
      action: 'fair.register',
      subjectType: 'fair-registration',
      subjectId: String(registration._id),
      fields: [self ? 'self' : 'counselor'],
      provinceCode: fair.provinceCode,
    });
    if (returnee.email) await emailTicket(app, fair, registration, returnee.email);
  }
  const runtime = await fairRuntime(app, fairId);
  const fresh = (await registrationModel(app.db.connection)
    .findById(registration._id)
    .lean<LeanRegistration>())!;
  return { view: toView(fresh, runtime), created };
}

/**
 * Someone at the door who did not register: name (and phone, if they want) and their spoken consent,
 * recorded by the organizer. No profile is created; a counselor can link them to one later.
 */
export async function registerWalkIn(
  app: FastifyInstance,
  request: FastifyRequest,
  fairId: string,
  body: WalkInBody,
): Promise<RegistrationView> {
  const actor = request.requireActor();
  const fair = await loadFairFor(app, actor, fairId, canRunFair);
  if (fair.status !== 'live') throw new ConflictError('FAIR_NOT_LIVE', FAIR_MESSAGES.notLive);
  let phone: string | undefined;
  if (body.phone?.trim()) {
    phone = normalizeVietnamesePhone(body.phone);
    if (!phone)
      throw new ValidationError([{ field: 'phone', code: 'phone', message: ACCOUNT_MESSAGES.invalidPhone }]);
  }
  const { registration } = await register(app, fair, actor, {
    _id: phone ? objectIdFor(`fair-walk-in:${fairId}:${phone}`) : new Types.ObjectId(),
    displayName: body.displayName.trim(),
    phone,
    walkIn: true,
    registeredBy: 'organizer',
    walkInConsent: {
      text: CONSENT_TEXT.fair.text.vi,
      at: new Date(),
      byUserId: new Types.ObjectId(actor.id),
    },
  });
  await app.audit.record(request, {
    action: 'fair.walk-in',
    subjectType: 'fair-registration',
    subjectId: String(registration._id),
    provinceCode: fair.provinceCode,
  });
  const runtime = await fairRuntime(app, fairId);
  if (body.checkIn !== false) {
    const { checkIn } = await import('./day');
    await checkIn(app, request, fairId, { items: [{ code: registration.ticketCode, method: 'walk-in' }] });
  }
  return toView(registration, runtime);
}

async function loadRegistration(app: FastifyInstance, fairId: string, registrationId: string) {
  const r = Types.ObjectId.isValid(registrationId)
    ? await registrationModel(app.db.connection).findById(registrationId).lean<LeanRegistration>()
    : null;
  if (!r || String(r.fairId) !== fairId) throw new NotFoundError();
  return r;
}

function canManageRegistration(actor: Actor, fair: LeanFair, r: LeanRegistration) {
  return (
    canRunFair(actor, fair) ||
    (hasRole(actor, 'counselor') && sameId(r.counselorId, actor.id)) ||
    (!!r.returneeId && sameId(actor.returneeId, r.returneeId))
  );
}

/** Frees the seat (before check-in only). Claims `fair-registration:<id>:v<version>`. */
export async function cancelRegistration(
  app: FastifyInstance,
  request: FastifyRequest,
  fairId: string,
  registrationId: string,
): Promise<RegistrationView> {
  const actor = request.requireActor();
  const fair = await loadFairFor(app, actor, fairId);
  const r = await loadRegistration(app, fairId, registrationId);
  if (!canManageRegistration(actor, fair, r)) throw new NotFoundError();
  const runtime = await fairRuntime(app, fairId);
  if (r.status !== 'registered') return toView(r, runtime);
  if (await checkinModel(app.db.connection).exists({ _id: `${fairId}:${r.ticketCode}` }))
    throw new ConflictError('ALREADY_CHECKED_IN', FAIR_MESSAGES.alreadyCheckedIn);
  if (!(await claimOnce(app.db.connection, `fair-registration:${r._id}:v${r.version}`, actor.id)))
    return toView(await loadRegistration(app, fairId, registrationId), runtime);
  await registrationModel(app.db.connection).updateOne(
    { _id: r._id },
    { $set: { status: 'cancelled', cancelledAt: new Date() }, $inc: { version: 1 } },
  );
  await releaseClaim(app.db.connection, `fair-seat:${fairId}:${r.number}`);
  await runtime.publish('reg.cancelled', { n: r.number });
  await app.audit.record(request, {
    action: 'fair.cancel',
    subjectType: 'fair-registration',
    subjectId: String(r._id),
    provinceCode: fair.provinceCode,
  });
  return toView(await loadRegistration(app, fairId, registrationId), runtime);
}

/** Counselors: the people of their caseload registered here. Organizers and admins: everyone. */
export async function listRegistrations(app: FastifyInstance, actor: Actor, fairId: string) {
  const fair = await loadFairFor(app, actor, fairId);
  const filter: Record<string, unknown> = { fairId };
  if (!canRunFair(actor, fair)) {
    if (!hasRole(actor, 'counselor')) throw new NotFoundError();
    filter.counselorId = actor.id;
  }
  const [rows, runtime] = await Promise.all([
    registrationModel(app.db.connection).find(filter).lean<LeanRegistration[]>(),
    fairRuntime(app, fairId),
  ]);
  return rows.sort((a, b) => a.number - b.number).map((r) => toView(r, runtime));
}

/**
 * The door's list, for the check-in screen to keep on the device (it keeps working offline): number,
 * ticket code, name and the phone's last digits. A person who withdrew their fair consent is listed by
 * number only.
 */
export async function roster(app: FastifyInstance, actor: Actor, fairId: string): Promise<Roster> {
  const fair = await loadFairFor(app, actor, fairId, canRunFair);
  const [rows, consented, runtime] = await Promise.all([
    registrationModel(app.db.connection)
      .find(
        { fairId, status: 'registered' },
        { number: 1, ticketCode: 1, displayName: 1, phone: 1, walkIn: 1, returneeId: 1 },
      )
      .lean<LeanRegistration[]>(),
    returneesWithConsent(app.db.connection, `fair:${fairId}`),
    fairRuntime(app, fairId),
  ]);
  return {
    fairId,
    fairName: fair.name,
    generatedAt: new Date().toISOString(),
    entries: rows
      .sort((a, b) => a.number - b.number)
      .map((r) => {
        const withdrawn = !!r.returneeId && !consented.has(String(r.returneeId));
        return {
          id: String(r._id),
          number: r.number,
          ticketCode: r.ticketCode,
          displayName: withdrawn ? `Số ${r.number}` : r.displayName,
          phoneTail: !withdrawn && r.phone ? r.phone.slice(-4) : undefined,
          walkIn: r.walkIn,
          checkedIn: !!runtime.state.people[r.number]?.checkedIn,
        };
      }),
  };
}

/** A ticket by its code, from this instance's ticket book or the database. */
export async function findTicket(
  app: FastifyInstance,
  runtime: FairRuntime | undefined,
  code: string,
): Promise<{ entry: TicketEntry; fairId: string } | undefined> {
  if (runtime) {
    const hit = runtime.ticket(code);
    if (hit) return { entry: hit, fairId: runtime.fairId };
  }
  const ticket = await ticketModel(app.db.connection).findById(code).lean();
  if (!ticket) return undefined;
  const fairId = String(ticket.fairId);
  if (runtime && runtime.fairId !== fairId) return undefined;
  const r = await registrationModel(app.db.connection)
    .findById(ticket.registrationId)
    .lean<LeanRegistration>();
  if (!r || r.status !== 'registered') return undefined;
  const entry = entryOf(r);
  (runtime ?? (await fairRuntime(app, fairId))).remember(entry);
  return { entry, fairId };
}

const qrCache = new Map<string, string>();
async function qrSvg(url: string): Promise<string> {
  let svg = qrCache.get(url);
  if (!svg) {
    svg = await QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
    if (qrCache.size > 5000) qrCache.clear();
    qrCache.set(url, svg);
  }
  return svg;
}

/**
 * The ticket page's data, for whoever holds the code (on paper or on a phone): the QR code, the fair,
 * the person's queues with position and expected wait, and the suggested booths. No phone, no case data.
 */
export async function ticketView(app: FastifyInstance, rawCode: string): Promise<TicketView> {
  const code = normalizeTicketCode(rawCode);
  const ticket = code ? await ticketModel(app.db.connection).findById(code).lean() : null;
  if (!code || !ticket) throw new NotFoundError('TICKET_NOT_FOUND', FAIR_MESSAGES.ticketNotFound);
  const fairId = String(ticket.fairId);
  const [r, fair, runtime] = await Promise.all([
    registrationModel(app.db.connection).findById(ticket.registrationId).lean<LeanRegistration>(),
    loadFairFor(app, null, fairId, () => true),
    fairRuntime(app, fairId),
  ]);
  if (!r) throw new NotFoundError('TICKET_NOT_FOUND', FAIR_MESSAGES.ticketNotFound);
  const { queuePlaces } = await import('./day');
  const booths = await approvedBooths(app, fairId);
  const url = ticketUrl(app, code);
  const active = r.status === 'registered';
  const itinerary = active && r.returneeId ? await itineraryFor(app, booths, String(r.returneeId)) : [];
  return {
    code,
    number: r.number,
    // Anyone holding the code sees this page (a ticket can be lost): initials and the given name only.
    displayName: shortName(r.displayName),
    status: r.status as TicketView['status'],
    checkedIn: active && !!runtime.state.people[r.number]?.checkedIn,
    fair: toFairSummary(fair, booths.length),
    qrSvg: await qrSvg(url),
    url,
    queues: active ? queuePlaces(runtime, r.number) : [],
    booths: booths.map((b) => ({ id: String(b._id), number: b.number ?? 0, employerName: b.employerName })),
    itinerary,
  };
}

/** For the counselor: the suggested booths of a registered person (printable). */
export async function registrationItinerary(
  app: FastifyInstance,
  actor: Actor,
  fairId: string,
  registrationId: string,
) {
  const fair = await loadFairFor(app, actor, fairId);
  const r = await loadRegistration(app, fairId, registrationId);
  if (!canManageRegistration(actor, fair, r)) throw new NotFoundError();
  return r.returneeId ? itineraryFor(app, await approvedBooths(app, fairId), String(r.returneeId)) : [];
}
