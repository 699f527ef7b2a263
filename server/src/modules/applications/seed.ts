import { CONSENT_TEXT } from '@ctn/shared';
import { Types, trusted } from 'mongoose';
import { objectIdFor } from '../../lib/ids';
import type { Seeder } from '../../seed';
import { userSearchKey } from '../accounts/identity';
import { DEMO_IDS } from '../accounts/seed';
import { caseModel } from '../cases/model';
import { consentModel } from '../consents/model';
import { matchingStoreOf } from '../matching/plugin';
import { notificationModel } from '../notifications/model';
import { notificationId } from '../notifications/service';
import { postingModel } from '../postings/model';
import { returneeModel } from '../returnees/model';
import { taskModel } from '../tasks/model';
import { applicationModel, postingFillModel } from './model';

/** A third demo person, hired through the platform (the accounts seeder has Minh and Lan). */
export const DEMO_RETURNEE_DUC = new Types.ObjectId('65c000000000000000000003');
/** Demo postings of the postings seeder: 65d…01 welding (Yên Phong), …07 garment and …0b packing (Sông Hồng). */
const demoPosting = (n: number) => new Types.ObjectId(`65d${n.toString(16).padStart(21, '0')}`);
const DAY = 86_400_000;

/**
 * Demo matching data: complete profiles (skills, certificates — one verified — wishes, availability) for
 * Minh and Lan, a third person hired last month, applications in several states (one with consent to
 * share contact, one anonymous), the hire's 30-day follow-up task and a notification for the employer.
 */
export const applicationsSeeder: Seeder = {
  name: 'applications',
  async run(app, report) {
    const connection = app.db.connection;
    const Application = applicationModel(connection);
    const minhApplication = objectIdFor(`application:${DEMO_IDS.returneeMinh}:${demoPosting(1)}`);
    if (await Application.exists({ _id: minhApplication })) return;
    const now = Date.now();
    const Returnee = returneeModel(connection);

    await Returnee.updateOne(
      { _id: DEMO_IDS.returneeMinh },
      {
        $set: {
          communeCode: '09187',
          skills: [
            { skillId: 'han-que', label: 'Hàn que (hàn hồ quang tay)' },
            { skillId: 'han-mig', label: 'Hàn MIG/MAG' },
            { label: 'Sửa xe máy' },
          ],
          certificates: [
            {
              _id: new Types.ObjectId('65e000000000000000000001'),
              level: 'ky-nang-nghe-bac-2',
              occupationCode: '7212',
              issuer: 'Trường Cao đẳng Cơ điện Bắc Ninh',
              year: 2025,
              verified: true,
              verifiedAt: new Date(now - 20 * DAY),
              verifiedBy: DEMO_IDS.counselor,
            },
          ],
          workHistory: [
            { title: 'Thợ hàn xưởng cơ khí gia đình', occupationCode: '7212', fromYear: 2012, toYear: 2016 },
          ],
          educationLevel: 'lower-secondary',
          desiredOccupations: ['7212'],
          acceptableProvinces: ['01', '19'],
          willingToRelocate: false,
          expectedWage: 9_000_000,
          availableFrom: new Date(now - 30 * DAY),
          shifts: ['day', 'rotating'],
          employmentTypes: ['full-time'],
          needs: ['id-papers'],
        },
      },
    );
    await Returnee.updateOne(
      { _id: DEMO_IDS.returneeLan },
      {
        $set: {
          communeCode: '09247',
          skills: [
            { skillId: 'may-cong-nghiep', label: 'May công nghiệp' },
            { skillId: 'ui-la', label: 'Là, ủi quần áo' },
          ],
          certificates: [
            {
              _id: new Types.ObjectId('65e000000000000000000002'),
              level: 'so-cap',
              occupationCode: '8153',
              verified: false,
            },
          ],
          desiredOccupations: ['8153', '9329'],
          willingToRelocate: false,
          expectedWage: 7_000_000,
          shifts: ['day'],
          employmentTypes: ['full-time', 'part-time'],
          needs: ['training', 'loan'],
          lastContactAt: new Date(now - 45 * DAY),
        },
      },
    );
    if (!(await Returnee.exists({ _id: DEMO_RETURNEE_DUC })))
      await Returnee.create({
        _id: DEMO_RETURNEE_DUC,
        displayName: 'Phạm Văn Đức',
        birthYear: 1985,
        gender: 'male',
        phone: '+84978123456',
        provinceCode: '24',
        communeCode: '09247',
        status: 'employed',
        counselorId: DEMO_IDS.counselor,
        anonymousCode: 'D8XW',
        searchKey: userSearchKey({ displayName: 'Phạm Văn Đức', phone: '+84978123456' }),
        lastContactAt: new Date(now - 18 * DAY),
        createdBy: DEMO_IDS.counselor,
        skills: [{ skillId: 'lam-viec-day-chuyen', label: 'Làm việc theo dây chuyền sản xuất' }],
        desiredOccupations: ['9329'],
        shifts: ['day'],
        employmentTypes: ['full-time'],
      });
    // Lan may not work as a security guard until 2027 (a supplementary penalty): guard jobs are silently
    // left out of her matches; nothing about it is ever shown to an employer.
    await caseModel(connection).updateOne(
      { returneeId: DEMO_IDS.returneeLan },
      {
        $set: {
          provinceCode: '24',
          releaseDate: new Date('2025-03-10T00:00:00Z'),
          sentenceKind: 'prison',
          sentenceMonths: 30,
          supplementaryPenalties: [
            { kind: 'occupation-ban', occupationCodes: ['5414'], until: new Date('2027-03-10T00:00:00Z') },
          ],
        },
      },
      { upsert: true },
    );
    await caseModel(connection).updateOne(
      { returneeId: DEMO_IDS.returneeMinh },
      { $set: { sentenceKind: 'prison', sentenceMonths: 36, riskGroup: 'low' } },
    );

    const consent = (
      returneeId: Types.ObjectId,
      purpose: string,
      kind: keyof typeof CONSENT_TEXT,
      daysAgo: number,
    ) => ({
      _id: objectIdFor(`demo-consent:${returneeId}:${purpose}`),
      returneeId,
      purpose,
      kind,
      text: CONSENT_TEXT[kind].text.vi,
      grantedBy: 'counselor-assisted',
      grantedByUserId: DEMO_IDS.counselor,
      grantedAt: new Date(now - daysAgo * DAY),
      active: true,
      provinceCode: '24',
    });
    const postings = new Map(
      (
        await postingModel(connection)
          .find({ _id: trusted({ $in: [demoPosting(1), demoPosting(7), demoPosting(11)] }) })
          .lean()
      ).map((p) => [String(p._id), p]),
    );
    const welding = postings.get(String(demoPosting(1)));
    const sewing = postings.get(String(demoPosting(7)));
    const packing = postings.get(String(demoPosting(11)));
    if (!welding || !sewing || !packing) return; // The postings seeder did not run: nothing to apply to.
    const shareMinh = consent(
      DEMO_IDS.returneeMinh,
      `share-with-employer:${welding.employerId}`,
      'share-with-employer',
      6,
    );
    const shareDuc = consent(
      DEMO_RETURNEE_DUC,
      `share-with-employer:${packing.employerId}`,
      'share-with-employer',
      40,
    );
    await consentModel(connection).collection.insertMany([
      consent(DEMO_IDS.returneeLan, 'matching', 'matching', 10),
      consent(DEMO_IDS.returneeLan, 'loan-referral', 'loan-referral', 10),
      shareMinh,
      shareDuc,
    ] as never[]);

    const snapshot = (p: typeof welding) => ({
      title: p.title,
      employerName: '',
      occupationCode: p.occupationCode,
      provinceCode: p.provinceCode,
      communeCode: p.communeCode,
      wageMin: p.wageMin,
      wageMax: p.wageMax,
      employmentType: p.employmentType,
      shift: p.shift,
      housing: p.benefits.includes('housing'),
      fairChancePledge: true,
      deadline: p.deadline,
    });
    const employerNames = new Map(
      [...app.openPostings.values()].map((p) => [String(p.employerId), String(p.employerName)]),
    );
    const application = (
      returneeId: Types.ObjectId,
      posting: typeof welding,
      steps: [status: string, daysAgo: number, by: string][],
      consentId?: Types.ObjectId,
    ) => ({
      _id: objectIdFor(`application:${returneeId}:${posting._id}`),
      returneeId,
      postingId: posting._id,
      employerId: posting.employerId,
      provinceCode: '24',
      postingProvinceCode: posting.provinceCode,
      createdBy: 'counselor',
      createdByUserId: DEMO_IDS.counselor,
      ...(consentId ? { consentId } : {}),
      status: steps.at(-1)![0],
      version: steps.length - 1,
      history: steps.map(([status, daysAgo, by]) => ({ at: new Date(now - daysAgo * DAY), status, by })),
      posting: { ...snapshot(posting), employerName: employerNames.get(String(posting.employerId)) ?? '' },
      createdAt: new Date(now - steps[0]![1] * DAY),
      updatedAt: new Date(now - steps.at(-1)![1] * DAY),
    });
    const ducApplication = application(
      DEMO_RETURNEE_DUC,
      packing,
      [
        ['submitted', 40, 'counselor'],
        ['viewed', 38, 'employer'],
        ['interview', 30, 'employer'],
        ['hired', 18, 'employer'],
      ],
      shareDuc._id,
    );
    await Application.collection.insertMany([
      application(
        DEMO_IDS.returneeMinh,
        welding,
        [
          ['submitted', 6, 'counselor'],
          ['viewed', 5, 'employer'],
          ['interview', 2, 'employer'],
        ],
        shareMinh._id,
      ),
      application(DEMO_IDS.returneeLan, sewing, [['submitted', 1, 'counselor']]),
      ducApplication,
    ] as never[]);
    await postingFillModel(connection).collection.insertOne({ _id: String(packing._id) as never, count: 1 });
    await taskModel(connection).collection.insertOne({
      _id: objectIdFor(`task:hire-follow-up-30:${ducApplication._id}`),
      key: `hire-follow-up-30:${ducApplication._id}`,
      kind: 'hire-follow-up-30',
      counselorId: DEMO_IDS.counselor,
      returneeId: DEMO_RETURNEE_DUC,
      provinceCode: '24',
      title: {
        vi: `Hỏi thăm sau 30 ngày đi làm: ${packing.title} – ${ducApplication.posting.employerName}`,
        en: `30-day check after starting work: ${packing.title} – ${ducApplication.posting.employerName}`,
      },
      dueOn: new Date(`${new Date(now + 12 * DAY).toISOString().slice(0, 10)}T00:00:00Z`),
      status: 'open',
      sourceType: 'application',
      sourceId: String(ducApplication._id),
      createdAt: new Date(now - 18 * DAY),
      updatedAt: new Date(now - 18 * DAY),
    });
    const lanApplication = objectIdFor(`application:${DEMO_IDS.returneeLan}:${sewing._id}`);
    await notificationModel(connection).collection.insertOne({
      _id: notificationId(`demo:application-new:${lanApplication}`) as never,
      userId: DEMO_IDS.employerUser,
      kind: 'application-new',
      title: { vi: 'Hồ sơ mới: Ứng viên #M3RT', en: 'New application: Candidate #M3RT' },
      body: { vi: sewing.title, en: sewing.title },
      link: `/employer/applications/${lanApplication}`,
      createdAt: new Date(now - DAY),
    });
    // The seeder runs after start-up: this instance's matching store reads the new profiles now.
    await matchingStoreOf(app)?.load();
    report.lines.push(
      '',
      'Matching: 3 demo profiles, 3 applications (interview, submitted, hired), 1 follow-up task.',
    );
  },
};
