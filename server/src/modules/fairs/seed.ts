import { CONSENT_TEXT, type FairStatus, foldVietnamese, todayInVietnam } from '@ctn/shared';
import type { FastifyInstance } from 'fastify';
import { Types, trusted } from 'mongoose';
import { claimOnce } from '../../lib/claims';
import { objectIdFor } from '../../lib/ids';
import type { Seeder } from '../../seed';
import { DEMO_IDS } from '../accounts/seed';
import { consentModel } from '../consents/model';
import { employerModel } from '../employers/model';
import { postingModel } from '../postings/model';
import { DEMO_EMPLOYER_IDS } from '../postings/seed';
import { returneeModel } from '../returnees/model';
import { fairRuntime } from './live';
import { boothModel, checkinModel, fairModel, registrationModel, ticketModel } from './model';

/** Fixed ids, so the seeder runs once and the demo links stay the same. */
export const DEMO_FAIR_IDS = {
  registration: new Types.ObjectId('65e000000000000000000001'),
  live: new Types.ObjectId('65e000000000000000000002'),
} as const;

const addDays = (date: string, days: number) => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

interface DemoFair {
  _id: Types.ObjectId;
  name: string;
  communeCode: string;
  venue: string;
  date: string;
  status: FairStatus;
  hiringTarget: number;
  capacity: number;
  screenKey: string;
}

async function createFair(app: FastifyInstance, fair: DemoFair) {
  await fairModel(app.db.connection).create({
    ...fair,
    provinceCode: '24',
    startTime: '07:30',
    endTime: '11:30',
    agencies: ['Công an tỉnh Bắc Ninh', 'Hội Doanh nghiệp tỉnh Bắc Ninh', 'Tỉnh đoàn Bắc Ninh'],
    description:
      'Phiên chợ việc làm dành cho người chấp hành xong án phạt tù: gặp doanh nghiệp, phỏng vấn tại chỗ, tư vấn học nghề và vay vốn Ngân hàng Chính sách xã hội.',
    organizerIds: [DEMO_IDS.organizer],
    createdBy: DEMO_IDS.admin,
  });
  const runtime = await fairRuntime(app, String(fair._id));
  await runtime.publish('fair.info', {
    name: fair.name,
    date: fair.date,
    hiringTarget: fair.hiringTarget,
    capacity: fair.capacity,
    status: fair.status,
  });
  return runtime;
}

/** Approved, numbered booths for the Bắc Ninh demo employers that have open postings. */
async function addBooths(app: FastifyInstance, fairId: Types.ObjectId) {
  const employers = [
    DEMO_IDS.employerSongHong,
    DEMO_EMPLOYER_IDS.yenPhongSteel,
    DEMO_EMPLOYER_IDS.queVoElectronics,
  ];
  const runtime = await fairRuntime(app, String(fairId));
  let number = 0;
  for (const employerId of employers) {
    const [employer, postings] = await Promise.all([
      employerModel(app.db.connection).findById(employerId).lean(),
      postingModel(app.db.connection).find({ employerId, status: 'open' }).limit(3).lean(),
    ]);
    if (!employer?.verified || postings.length === 0) continue;
    number += 1;
    const _id = objectIdFor(`fair-booth:${fairId}:${employerId}`);
    await claimOnce(app.db.connection, `fair-booth-no:${fairId}:${number}`);
    await boothModel(app.db.connection).collection.insertOne({
      _id,
      fairId,
      employerId,
      employerName: employer.legalName,
      postingIds: postings.map((p) => p._id),
      postings: postings.map((p) => ({
        id: String(p._id),
        title: p.title,
        occupationCode: p.occupationCode,
        wageMin: p.wageMin,
        wageMax: p.wageMax,
        vacancies: p.vacancies,
      })),
      status: 'approved',
      number,
      appliedAt: new Date(),
      decidedAt: new Date(),
      decidedBy: DEMO_IDS.admin,
    });
    await runtime.publish('booth.open', { b: String(_id), no: number, employer: employer.legalName });
  }
}

/** A registration of a demo returnee by their counselor, with the fair consent and a fixed ticket code. */
async function register(
  app: FastifyInstance,
  fairId: Types.ObjectId,
  returneeId: Types.ObjectId,
  number: number,
  code: string,
) {
  const returnee = await returneeModel(app.db.connection).findById(returneeId).lean();
  if (!returnee) return;
  const consent = await consentModel(app.db.connection).create({
    returneeId,
    purpose: `fair:${fairId}`,
    kind: 'fair',
    text: CONSENT_TEXT.fair.text.vi,
    grantedBy: 'counselor-assisted',
    grantedByUserId: DEMO_IDS.counselor,
    grantedAt: new Date(),
    active: true,
    provinceCode: '24',
  });
  const _id = objectIdFor(`fair-registration:${fairId}:${returneeId}`);
  await claimOnce(app.db.connection, `fair-seat:${fairId}:${number}`, String(_id));
  await ticketModel(app.db.connection).collection.insertOne({
    _id: code as never,
    fairId,
    registrationId: _id,
  });
  await registrationModel(app.db.connection).collection.insertOne({
    _id,
    fairId,
    returneeId,
    counselorId: returnee.counselorId,
    provinceCode: '24',
    displayName: returnee.displayName,
    phone: returnee.phone,
    searchKey:
      `${foldVietnamese(returnee.displayName)} ${returnee.phone ? `0${returnee.phone.slice(3)}` : ''}`.trim(),
    walkIn: false,
    number,
    ticketCode: code,
    status: 'registered',
    version: 0,
    registeredBy: 'counselor',
    registeredByUserId: DEMO_IDS.counselor,
    consentId: consent._id,
    registeredAt: new Date(),
  });
  const runtime = await fairRuntime(app, String(fairId));
  await runtime.publish('reg.added', { n: number, walkIn: false });
  return { _id, number, code };
}

/**
 * Two fairs in Bắc Ninh: one open for registration next week (booths approved, Lan registered), one live
 * today (Minh registered and checked in, waiting at booth 1; Lan registered, not yet arrived).
 */
export const fairsSeeder: Seeder = {
  name: 'fairs',
  async run(app, report) {
    const today = todayInVietnam();
    if (!(await fairModel(app.db.connection).exists({ _id: DEMO_FAIR_IDS.live }))) {
      const upcoming = await createFair(app, {
        _id: DEMO_FAIR_IDS.registration,
        name: 'Phiên chợ việc làm của tình người — phường Kinh Bắc',
        communeCode: '09187',
        venue: 'Nhà văn hóa phường Kinh Bắc, 12 Lý Thái Tổ',
        date: addDays(today, 7),
        status: 'registration',
        hiringTarget: 30,
        capacity: 200,
        screenKey: 'demo-screen-kinh-bac',
      });
      await addBooths(app, DEMO_FAIR_IDS.registration);
      await register(app, DEMO_FAIR_IDS.registration, DEMO_IDS.returneeLan, 1, 'KQ4TRA');
      await upcoming.catchUp();

      const live = await createFair(app, {
        _id: DEMO_FAIR_IDS.live,
        name: 'Phiên chợ của tình người — KCN Quế Võ',
        communeCode: '09247',
        venue: 'Nhà văn hóa công nhân KCN Quế Võ',
        date: today,
        status: 'live',
        hiringTarget: 15,
        capacity: 150,
        screenKey: 'demo-screen-que-vo',
      });
      await addBooths(app, DEMO_FAIR_IDS.live);
      const minh = await register(app, DEMO_FAIR_IDS.live, DEMO_IDS.returneeMinh, 1, 'MH7CAP');
      await register(app, DEMO_FAIR_IDS.live, DEMO_IDS.returneeLan, 2, 'WN3DEK');
      if (minh) {
        await checkinModel(app.db.connection).collection.insertOne({
          _id: `${DEMO_FAIR_IDS.live}:${minh.code}` as never,
          fairId: DEMO_FAIR_IDS.live,
          registrationId: minh._id,
          number: minh.number,
          at: new Date(),
          receivedAt: new Date(),
          method: 'qr',
          byUserId: DEMO_IDS.organizer,
        });
        await live.publish('checkin', { n: minh.number });
        const firstBooth = await boothModel(app.db.connection)
          .findOne({ fairId: DEMO_FAIR_IDS.live, number: 1 })
          .lean();
        if (firstBooth) {
          await claimOnce(app.db.connection, `fair-queue:${firstBooth._id}:${minh.number}:1`);
          await live.publish('queue.joined', { b: String(firstBooth._id), n: minh.number });
        }
      }
      await live.catchUp();
      await Promise.all([upcoming.writeSnapshot(), live.writeSnapshot()]);
    }
    const booths = await boothModel(app.db.connection)
      .find({ fairId: trusted({ $in: [DEMO_FAIR_IDS.live] }) })
      .countDocuments();
    report.lines.push(
      '',
      'Demo job fairs (Bắc Ninh):',
      `  /fairs/${DEMO_FAIR_IDS.registration}   open for registration (ticket KQ4TRA)`,
      `  /fairs/${DEMO_FAIR_IDS.live}   live today, ${booths} booths (tickets MH7CAP checked in, WN3DEK not yet)`,
      `  /screen/${DEMO_FAIR_IDS.live}?key=demo-screen-que-vo   hall screen`,
    );
  },
};
