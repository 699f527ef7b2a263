import { type Static, Type } from 'typebox';
import { FAIR_OUTCOMES, FAIR_STATUSES, type FairOutcome, type FairStatus } from '../fairs/lifecycle';
import type { Bilingual } from '../i18n/locale';
import { REJECTION_REASONS } from './applications';
import { IsoDate, IsoDateTime, ObjectIdString, StringEnum } from './common';
import { MatchGap, MatchReason } from './matching';

/**
 * Live job fairs, "Phiên chợ của tình người" (DESIGN.md §6). A fair moves `draft → registration → live →
 * closed → reported`; employers book booths, counselors register people (each gets a ticket: a QR code and
 * a 6-character code), organizers check them in at the door, booths call people from their queues and
 * record an outcome in one tap. Every change is an event in the fair's log (`fair:<id>`), folded into the
 * dashboard by shared/src/fairs/dashboard.ts on the server and in the browser alike.
 */
export {
  FAIR_OUTCOMES,
  FAIR_STATUSES,
  FAIR_TRANSITIONS,
  type FairOutcome,
  type FairStatus,
} from '../fairs/lifecycle';

export const FAIR_STATUS_TEXT: Record<FairStatus, Bilingual> = {
  draft: { vi: 'Bản nháp', en: 'Draft' },
  registration: { vi: 'Đang nhận đăng ký', en: 'Open for registration' },
  live: { vi: 'Đang diễn ra', en: 'Live' },
  closed: { vi: 'Đã kết thúc', en: 'Closed' },
  reported: { vi: 'Đã báo cáo', en: 'Reported' },
};

export const FAIR_OUTCOME_TEXT: Record<FairOutcome, Bilingual> = {
  shortlisted: { vi: 'Đạt sơ tuyển', en: 'Shortlisted' },
  hired: { vi: 'Nhận việc', en: 'Hired' },
  'second-interview': { vi: 'Hẹn phỏng vấn lần 2', en: 'Second interview' },
  'not-suitable': { vi: 'Chưa phù hợp', en: 'Not suitable' },
  training: { vi: 'Giới thiệu học nghề', en: 'Referred to training' },
  loan: { vi: 'Giới thiệu vay vốn NHCSXH', en: 'Referred to a VBSP loan' },
};

/** Why "not suitable": the applications module's fixed list, minus "did not come" (that is a no-show). */
export const FAIR_NOT_SUITABLE_REASONS = REJECTION_REASONS.filter((reason) => reason !== 'no-show');
export type FairNotSuitableReason = (typeof FAIR_NOT_SUITABLE_REASONS)[number];

export { normalizeTicketCode, TICKET_ALPHABET, TICKET_CODE_PATTERN } from '../fairs/tickets';

const Time = Type.String({ pattern: '^([01]\\d|2[0-3]):[0-5]\\d$', description: 'HH:MM in Vietnam' });
const ProvinceCode = Type.String({ pattern: '^\\d{2}$' });
const CommuneCode = Type.String({ pattern: '^\\d{5}$' });

export const CreateFairBody = Type.Object(
  {
    name: Type.String({ minLength: 3, maxLength: 160 }),
    provinceCode: ProvinceCode,
    communeCode: Type.Optional(CommuneCode),
    venue: Type.String({ minLength: 3, maxLength: 200 }),
    date: IsoDate,
    startTime: Time,
    endTime: Time,
    /** Co-organising agencies: "Công an tỉnh", "Hội Doanh nghiệp"… */
    agencies: Type.Array(Type.String({ minLength: 1, maxLength: 120 }), { maxItems: 12, default: [] }),
    hiringTarget: Type.Integer({ minimum: 0, maximum: 100_000 }),
    capacity: Type.Integer({ minimum: 1, maximum: 20_000 }),
    description: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: false },
);
export type CreateFairBody = Static<typeof CreateFairBody>;

export const UpdateFairBody = Type.Partial(Type.Omit(CreateFairBody, ['provinceCode']), {
  additionalProperties: false,
});
export type UpdateFairBody = Static<typeof UpdateFairBody>;

export const FairStatusBody = Type.Object(
  { status: StringEnum(FAIR_STATUSES) },
  { additionalProperties: false },
);
export type FairStatusBody = Static<typeof FairStatusBody>;

export const FairOrganizersBody = Type.Object(
  { organizerIds: Type.Array(ObjectIdString, { maxItems: 50 }) },
  { additionalProperties: false },
);
export type FairOrganizersBody = Static<typeof FairOrganizersBody>;

export const FairListQuery = Type.Object({
  status: Type.Optional(StringEnum(FAIR_STATUSES)),
  provinceCode: Type.Optional(ProvinceCode),
  /** Only fairs I organise (organizers), or my province's (admins, viewers). */
  mine: Type.Optional(Type.Boolean()),
});
export type FairListQuery = Static<typeof FairListQuery>;

/** What anyone may know about a fair: it is a public event. */
export const FairSummary = Type.Object({
  id: ObjectIdString,
  name: Type.String(),
  provinceCode: Type.String(),
  communeCode: Type.Optional(Type.String()),
  venue: Type.String(),
  date: IsoDate,
  startTime: Type.String(),
  endTime: Type.String(),
  agencies: Type.Array(Type.String()),
  hiringTarget: Type.Integer(),
  capacity: Type.Integer(),
  status: StringEnum(FAIR_STATUSES),
  boothCount: Type.Integer(),
  description: Type.Optional(Type.String()),
});
export type FairSummary = Static<typeof FairSummary>;

export const BoothPosting = Type.Object({
  id: Type.String(),
  title: Type.String(),
  occupationCode: Type.String(),
  wageMin: Type.Optional(Type.Integer()),
  wageMax: Type.Optional(Type.Integer()),
  vacancies: Type.Optional(Type.Integer()),
});
export type BoothPosting = Static<typeof BoothPosting>;

export const BOOTH_STATUSES = ['pending', 'approved', 'rejected', 'withdrawn'] as const;
export type BoothStatus = (typeof BOOTH_STATUSES)[number];

/** An approved booth as the public floor list shows it. */
export const BoothPublic = Type.Object({
  id: ObjectIdString,
  number: Type.Integer(),
  employerId: ObjectIdString,
  employerName: Type.String(),
  fairChancePledge: Type.Boolean(),
  postings: Type.Array(BoothPosting),
});
export type BoothPublic = Static<typeof BoothPublic>;

/** A booth as its company, the fair's organisers and the province's admins see it. */
export const BoothView = Type.Object({
  id: ObjectIdString,
  fairId: ObjectIdString,
  number: Type.Optional(Type.Integer()),
  status: StringEnum(BOOTH_STATUSES),
  employerId: ObjectIdString,
  employerName: Type.String(),
  employerVerified: Type.Boolean(),
  fairChancePledge: Type.Boolean(),
  postings: Type.Array(BoothPosting),
  note: Type.Optional(Type.String()),
  appliedAt: IsoDateTime,
  decidedAt: Type.Optional(IsoDateTime),
});
export type BoothView = Static<typeof BoothView>;

export const FairDetail = Type.Object({
  ...FairSummary.properties,
  booths: Type.Array(BoothPublic),
  /** What the person asking may do here (buttons to show); the API checks again. */
  can: Type.Object({
    manage: Type.Boolean(),
    organize: Type.Boolean(),
    register: Type.Boolean(),
    registerSelf: Type.Boolean(),
    applyBooth: Type.Boolean(),
    viewReport: Type.Boolean(),
  }),
  /** Set for a returnee who is registered: their ticket. */
  myTicketCode: Type.Optional(Type.String()),
});
export type FairDetail = Static<typeof FairDetail>;

export const FairStaffView = Type.Object({
  ...FairSummary.properties,
  organizers: Type.Array(Type.Object({ id: ObjectIdString, displayName: Type.String() })),
  booths: Type.Array(BoothView),
  registered: Type.Integer(),
  checkedIn: Type.Integer(),
  /** For the hall projector: /screen/<id>?key=<screenKey> shows the big screen without signing in. */
  screenKey: Type.Optional(Type.String()),
  createdAt: IsoDateTime,
});
export type FairStaffView = Static<typeof FairStaffView>;

export const OrganizerOption = Type.Object({ id: ObjectIdString, displayName: Type.String() });

export const BoothApplyBody = Type.Object(
  {
    postingIds: Type.Array(ObjectIdString, { minItems: 1, maxItems: 10 }),
    note: Type.Optional(Type.String({ maxLength: 500 })),
  },
  { additionalProperties: false },
);
export type BoothApplyBody = Static<typeof BoothApplyBody>;

export const BoothDecisionBody = Type.Object(
  {
    decision: StringEnum(['approve', 'reject']),
    /** Booth number on the floor plan; the next free one when left out. */
    number: Type.Optional(Type.Integer({ minimum: 1, maximum: 999 })),
  },
  { additionalProperties: false },
);
export type BoothDecisionBody = Static<typeof BoothDecisionBody>;

export const FairBoothParams = Type.Object({ id: ObjectIdString, boothId: ObjectIdString });

export const RegisterBody = Type.Object(
  {
    returneeId: ObjectIdString,
    /** The person agreed (in person, beside the counselor) to take part and to their ticket. */
    confirmed: Type.Literal(true, {
      'x-message': {
        vi: 'Vui lòng đánh dấu xác nhận người này đồng ý tham gia phiên chợ.',
        en: 'Please tick that the person agrees to take part in the fair.',
      },
    }),
  },
  { additionalProperties: false },
);
export type RegisterBody = Static<typeof RegisterBody>;

export const WalkInBody = Type.Object(
  {
    displayName: Type.String({ minLength: 2, maxLength: 100 }),
    phone: Type.Optional(Type.String({ maxLength: 20 })),
    confirmed: Type.Literal(true, {
      'x-message': {
        vi: 'Vui lòng đánh dấu xác nhận người này đồng ý tham gia phiên chợ.',
        en: 'Please tick that the person agrees to take part in the fair.',
      },
    }),
    /** Check the person in at once (the usual case at the door). */
    checkIn: Type.Optional(Type.Boolean({ default: true })),
  },
  { additionalProperties: false },
);
export type WalkInBody = Static<typeof WalkInBody>;

export const REGISTRATION_STATUSES = ['registered', 'cancelled'] as const;

/** A registration as the counselor, the organisers and the person see it. Never case data. */
export const RegistrationView = Type.Object({
  id: ObjectIdString,
  fairId: ObjectIdString,
  /** The person's number at this fair ("Số 017"): what booths and screens use instead of a name. */
  number: Type.Integer(),
  ticketCode: Type.String(),
  displayName: Type.String(),
  returneeId: Type.Optional(ObjectIdString),
  walkIn: Type.Boolean(),
  status: StringEnum(REGISTRATION_STATUSES),
  checkedIn: Type.Boolean(),
  registeredAt: IsoDateTime,
  /** Whether the ticket was emailed. */
  emailed: Type.Boolean(),
});
export type RegistrationView = Static<typeof RegistrationView>;

export const RegistrationParams = Type.Object({ id: ObjectIdString, registrationId: ObjectIdString });

/** The door's list: enough to find a person and check them in, nothing more. */
export const RosterEntry = Type.Object({
  id: ObjectIdString,
  number: Type.Integer(),
  ticketCode: Type.String(),
  displayName: Type.String(),
  /** Last 4 digits of the phone, to tell two people of the same name apart. */
  phoneTail: Type.Optional(Type.String()),
  walkIn: Type.Boolean(),
  checkedIn: Type.Boolean(),
});
export type RosterEntry = Static<typeof RosterEntry>;

export const Roster = Type.Object({
  fairId: ObjectIdString,
  fairName: Type.String(),
  generatedAt: IsoDateTime,
  entries: Type.Array(RosterEntry),
});
export type Roster = Static<typeof Roster>;

export const CHECKIN_METHODS = ['qr', 'code', 'search', 'walk-in'] as const;

export const CheckinBody = Type.Object(
  {
    items: Type.Array(
      Type.Object(
        {
          code: Type.String({ minLength: 1, maxLength: 200 }),
          /** When it happened on the device (it may sync minutes later, after the connection is back). */
          at: Type.Optional(IsoDateTime),
          method: Type.Optional(StringEnum(CHECKIN_METHODS)),
        },
        { additionalProperties: false },
      ),
      { minItems: 1, maxItems: 500 },
    ),
    /** Which device queued them (shown in the log only). */
    device: Type.Optional(Type.String({ maxLength: 64 })),
  },
  { additionalProperties: false },
);
export type CheckinBody = Static<typeof CheckinBody>;

export const CHECKIN_RESULTS = ['checked-in', 'already', 'unknown', 'cancelled'] as const;
export type CheckinResultStatus = (typeof CHECKIN_RESULTS)[number];

export const CheckinResponse = Type.Object({
  items: Type.Array(
    Type.Object({
      code: Type.String(),
      status: StringEnum(CHECKIN_RESULTS),
      number: Type.Optional(Type.Integer()),
      displayName: Type.Optional(Type.String()),
      checkedInAt: Type.Optional(IsoDateTime),
    }),
  ),
});
export type CheckinResponse = Static<typeof CheckinResponse>;

export const ItineraryItem = Type.Object({
  boothId: ObjectIdString,
  boothNumber: Type.Integer(),
  employerName: Type.String(),
  postingId: Type.String(),
  postingTitle: Type.String(),
  score: Type.Integer({ minimum: 0, maximum: 100 }),
  reasons: Type.Array(MatchReason),
  gaps: Type.Array(MatchGap),
});
export type ItineraryItem = Static<typeof ItineraryItem>;

export const QueuePlace = Type.Object({
  boothId: ObjectIdString,
  boothNumber: Type.Integer(),
  employerName: Type.String(),
  state: StringEnum(['waiting', 'called']),
  /** 1 = next. */
  position: Type.Integer(),
  expectedWaitMinutes: Type.Integer(),
});
export type QueuePlace = Static<typeof QueuePlace>;

/** The ticket, by its code: what the person holds (paper or phone). No case data, no phone number. */
export const TicketView = Type.Object({
  code: Type.String(),
  number: Type.Integer(),
  /** Initials and given name ("N. V. Minh"): the page is open to whoever holds the code. */
  displayName: Type.String(),
  status: StringEnum(REGISTRATION_STATUSES),
  checkedIn: Type.Boolean(),
  fair: FairSummary,
  /** SVG markup of the QR code (it encodes the ticket's address). */
  qrSvg: Type.String(),
  url: Type.String(),
  queues: Type.Array(QueuePlace),
  /** Open booths (to join a queue from a phone once checked in). */
  booths: Type.Array(
    Type.Object({ id: ObjectIdString, number: Type.Integer(), employerName: Type.String() }),
  ),
  itinerary: Type.Array(ItineraryItem),
});
export type TicketView = Static<typeof TicketView>;

export const TicketParams = Type.Object({ code: Type.String({ minLength: 6, maxLength: 12 }) });

export const QueueJoinBody = Type.Object(
  { boothIds: Type.Array(ObjectIdString, { minItems: 1, maxItems: 20 }) },
  { additionalProperties: false },
);
export type QueueJoinBody = Static<typeof QueueJoinBody>;

export const StaffQueueJoinBody = Type.Object(
  {
    code: Type.String({ minLength: 6, maxLength: 200 }),
    boothIds: Type.Array(ObjectIdString, { minItems: 1, maxItems: 20 }),
  },
  { additionalProperties: false },
);
export type StaffQueueJoinBody = Static<typeof StaffQueueJoinBody>;

export const QueueJoinResponse = Type.Object({ number: Type.Integer(), queues: Type.Array(QueuePlace) });
export type QueueJoinResponse = Static<typeof QueueJoinResponse>;

/** The person a booth talks to, as the booth may see them: number and anonymous profile, never a name. */
export const BoothCandidate = Type.Object({
  number: Type.Integer(),
  /** "Ứng viên #7KQ2" when there is a profile (walk-ins have none). */
  anonymousCode: Type.Optional(Type.String()),
  skills: Type.Array(Type.String()),
  certificates: Type.Array(Type.String()),
  /** Best score against this booth's postings, with its reasons. */
  score: Type.Optional(Type.Integer()),
  reasons: Type.Array(MatchReason),
});
export type BoothCandidate = Static<typeof BoothCandidate>;

export const BoothLiveView = Type.Object({
  booth: BoothView,
  fair: FairSummary,
  serving: Type.Optional(Type.Object({ k: Type.Integer(), since: IsoDateTime, candidate: BoothCandidate })),
  queue: Type.Array(
    Type.Object({
      number: Type.Integer(),
      waitingSince: IsoDateTime,
      /** Being talked to at another booth right now: called when they are free. */
      busyElsewhere: Type.Boolean(),
    }),
  ),
  lastSeq: Type.Integer(),
  stats: Type.Object({
    interviews: Type.Integer(),
    hired: Type.Integer(),
    shortlisted: Type.Integer(),
    averageWaitMinutes: Type.Integer(),
  }),
});
export type BoothLiveView = Static<typeof BoothLiveView>;

export const CallNextResponse = Type.Object({
  called: Type.Boolean(),
  /** Why nobody was called: the queue is empty, or everyone waiting is at another booth right now. */
  reason: Type.Optional(StringEnum(['empty', 'all-busy', 'serving'])),
  view: BoothLiveView,
});
export type CallNextResponse = Static<typeof CallNextResponse>;

export const OutcomeBody = Type.Object(
  {
    k: Type.Integer({ minimum: 1, description: 'The call being closed (from the booth view)' }),
    outcome: StringEnum(FAIR_OUTCOMES),
    reason: Type.Optional(StringEnum(FAIR_NOT_SUITABLE_REASONS)),
    /** Which of the booth's postings (the first one when left out). */
    postingId: Type.Optional(ObjectIdString),
  },
  { additionalProperties: false },
);
export type OutcomeBody = Static<typeof OutcomeBody>;

export const NoShowBody = Type.Object({ k: Type.Integer({ minimum: 1 }) }, { additionalProperties: false });

/** The live state for dashboards: load it, then follow /api/live/fair:<id>?after=<lastSeq>. */
export const DashboardSnapshot = Type.Object({
  fairId: ObjectIdString,
  lastSeq: Type.Integer({ minimum: 0 }),
  /** FairDashboardState (shared/src/fairs/dashboard.ts): numbers only, never names. */
  state: Type.Unknown(),
});
export type DashboardSnapshot = Static<typeof DashboardSnapshot>;

export const ScreenQuery = Type.Object({ key: Type.Optional(Type.String({ maxLength: 64 })) });

const OutcomeCounts = Type.Object(
  Object.fromEntries(FAIR_OUTCOMES.map((o) => [o, Type.Integer()])) as Record<
    FairOutcome,
    ReturnType<typeof Type.Integer>
  >,
);

export const FollowUpCounts = Type.Object({
  due: Type.Integer(),
  done: Type.Integer(),
  stillWorking: Type.Integer(),
  leftJob: Type.Integer(),
  other: Type.Integer(),
});

/** Aggregates only: no names, no numbers of people, so viewers may read it. */
export const FairReport = Type.Object({
  fair: FairSummary,
  generatedAt: IsoDateTime,
  final: Type.Boolean(),
  totals: Type.Object({
    registered: Type.Integer(),
    preRegistered: Type.Integer(),
    walkIns: Type.Integer(),
    attended: Type.Integer(),
    attendedPreRegistered: Type.Integer(),
    noShows: Type.Integer(),
    queueJoins: Type.Integer(),
    interviews: Type.Integer(),
    peopleInterviewed: Type.Integer(),
    hired: Type.Integer(),
    peopleHired: Type.Integer(),
    hiringTarget: Type.Integer(),
    /** hired ÷ target, in percent (0 when there is no target). */
    targetPercent: Type.Integer(),
    booths: Type.Integer(),
    outcomes: OutcomeCounts,
  }),
  booths: Type.Array(
    Type.Object({
      boothId: ObjectIdString,
      number: Type.Integer(),
      employerName: Type.String(),
      interviews: Type.Integer(),
      outcomes: OutcomeCounts,
      averageWaitMinutes: Type.Integer(),
    }),
  ),
  occupations: Type.Array(
    Type.Object({ occupationCode: Type.String(), interviews: Type.Integer(), outcomes: OutcomeCounts }),
  ),
  reasons: Type.Array(Type.Object({ reason: Type.String(), count: Type.Integer() })),
  followUps: Type.Object({ days30: FollowUpCounts, days90: FollowUpCounts }),
});
export type FairReport = Static<typeof FairReport>;

export const FairComparisonRow = Type.Object({
  fair: FairSummary,
  registered: Type.Integer(),
  attended: Type.Integer(),
  interviews: Type.Integer(),
  hired: Type.Integer(),
  targetPercent: Type.Integer(),
  stillWorking30: Type.Integer(),
});
export type FairComparisonRow = Static<typeof FairComparisonRow>;

export const FairComparisonQuery = Type.Object({ provinceCode: Type.Optional(ProvinceCode) });
