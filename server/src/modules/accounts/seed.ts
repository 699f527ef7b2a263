import { foldVietnamese } from '@ctn/shared';
import { Types } from 'mongoose';
import type { Seeder } from '../../seed';
import { caseModel } from '../cases/model';
import { consentModel } from '../consents/model';
import { employerModel } from '../employers/model';
import { returneeModel } from '../returnees/model';
import { userSearchKey } from './identity';
import { loginModel, userModel } from './model';
import { hashPassword } from './passwords';

/** Every demo account shares this password; printed by `npm start`. Never used outside demo data. */
export const DEMO_PASSWORD = 'ChoTinhNguoi@2026';

interface DemoUser {
  key: string;
  displayName: string;
  email?: string;
  phone?: string;
  roles: ('admin' | 'organizer' | 'counselor' | 'employer' | 'returnee' | 'viewer')[];
  provinceCodes: string[];
  note: string;
}

/** Fixed ids so other seeders (postings, fairs, applications) can refer to the demo people. */
export const DEMO_IDS = {
  admin: new Types.ObjectId('65a000000000000000000001'),
  organizer: new Types.ObjectId('65a000000000000000000002'),
  counselor: new Types.ObjectId('65a000000000000000000003'),
  counselorHanoi: new Types.ObjectId('65a000000000000000000004'),
  employerUser: new Types.ObjectId('65a000000000000000000005'),
  returneeUser: new Types.ObjectId('65a000000000000000000006'),
  viewer: new Types.ObjectId('65a000000000000000000007'),
  adminHanoi: new Types.ObjectId('65a000000000000000000008'),
  employerSongHong: new Types.ObjectId('65b000000000000000000001'),
  employerKinhBac: new Types.ObjectId('65b000000000000000000002'),
  returneeMinh: new Types.ObjectId('65c000000000000000000001'),
  returneeLan: new Types.ObjectId('65c000000000000000000002'),
} as const;

const USERS: (DemoUser & { id: Types.ObjectId; employerId?: Types.ObjectId; returneeId?: Types.ObjectId })[] =
  [
    {
      id: DEMO_IDS.admin,
      key: 'admin',
      displayName: 'Nguyễn Thị Hương (Sở Nội vụ Bắc Ninh)',
      email: 'quantri.bacninh@demo.chotinhnguoi.vn',
      roles: ['admin'],
      provinceCodes: ['24'],
      note: 'admin — Bắc Ninh',
    },
    {
      id: DEMO_IDS.adminHanoi,
      key: 'adminHanoi',
      displayName: 'Trần Văn Quang (Sở Nội vụ Hà Nội)',
      email: 'quantri.hanoi@demo.chotinhnguoi.vn',
      roles: ['admin'],
      provinceCodes: ['01'],
      note: 'admin — Hà Nội',
    },
    {
      id: DEMO_IDS.organizer,
      key: 'organizer',
      displayName: 'Lê Minh Tuấn (Trung tâm DVVL Bắc Ninh)',
      email: 'tochuc.bacninh@demo.chotinhnguoi.vn',
      roles: ['organizer'],
      provinceCodes: ['24'],
      note: 'organizer — fairs in Bắc Ninh',
    },
    {
      id: DEMO_IDS.counselor,
      key: 'counselor',
      displayName: 'Đại úy Phạm Văn Hải (Công an phường Kinh Bắc)',
      email: 'canbo.hai@demo.chotinhnguoi.vn',
      phone: '+84987654321',
      roles: ['counselor'],
      provinceCodes: ['24'],
      note: 'counselor — commune police, Bắc Ninh',
    },
    {
      id: DEMO_IDS.counselorHanoi,
      key: 'counselorHanoi',
      displayName: 'Vũ Thị Mai (Hội Phụ nữ phường Hoàn Kiếm)',
      email: 'canbo.mai@demo.chotinhnguoi.vn',
      roles: ['counselor'],
      provinceCodes: ['01'],
      note: "counselor — women's union, Hà Nội",
    },
    {
      id: DEMO_IDS.employerUser,
      key: 'employer',
      displayName: 'Hoàng Thị Thu (Công ty May Sông Hồng)',
      email: 'tuyendung@maysonghong.demo.vn',
      roles: ['employer'],
      provinceCodes: ['24'],
      employerId: DEMO_IDS.employerSongHong,
      note: 'employer — verified, fair-chance pledge',
    },
    {
      id: DEMO_IDS.returneeUser,
      key: 'returnee',
      displayName: 'Nguyễn Văn Minh',
      phone: '+84912345678',
      roles: ['returnee'],
      provinceCodes: ['24'],
      returneeId: DEMO_IDS.returneeMinh,
      note: 'returnee — signs in by phone 0912 345 678',
    },
    {
      id: DEMO_IDS.viewer,
      key: 'viewer',
      displayName: 'Ban Chỉ đạo tỉnh Bắc Ninh',
      email: 'lanhdao.bacninh@demo.chotinhnguoi.vn',
      roles: ['viewer'],
      provinceCodes: ['24'],
      note: 'viewer — aggregate reports only',
    },
  ];

export const accountsSeeder: Seeder = {
  name: 'accounts',
  async run(app, report) {
    const connection = app.db.connection;
    const User = userModel(connection);
    if (!(await User.exists({ _id: DEMO_IDS.admin }))) {
      const passwordHash = await hashPassword(DEMO_PASSWORD);

      await employerModel(connection).create([
        {
          _id: DEMO_IDS.employerSongHong,
          legalName: 'Công ty TNHH May Sông Hồng Bắc Ninh',
          taxCode: '2300100175',
          industry: 'Dệt may',
          provinceCode: '24',
          address: 'KCN Quế Võ, Bắc Ninh',
          contactName: 'Hoàng Thị Thu',
          contactEmail: 'tuyendung@maysonghong.demo.vn',
          contactPhone: '+84222381234',
          description:
            'Nhà máy may xuất khẩu với 1.200 công nhân; sẵn lòng tuyển và đào tạo người tái hòa nhập cộng đồng.',
          verified: true,
          verifiedAt: new Date(),
          verifiedBy: DEMO_IDS.admin,
          fairChancePledge: true,
          pledgeSignedAt: new Date(),
          searchKey: foldVietnamese('Công ty TNHH May Sông Hồng Bắc Ninh 2300100175'),
        },
        {
          _id: DEMO_IDS.employerKinhBac,
          legalName: 'Công ty Cổ phần Cơ khí Kinh Bắc',
          taxCode: '2300234563',
          industry: 'Cơ khí, hàn',
          provinceCode: '24',
          address: 'KCN Tiên Sơn, Bắc Ninh',
          contactName: 'Đỗ Văn Long',
          contactEmail: 'nhansu@cokhikinhbac.demo.vn',
          verified: false,
          fairChancePledge: false,
          searchKey: foldVietnamese('Công ty Cổ phần Cơ khí Kinh Bắc 2300234563'),
        },
      ]);

      await returneeModel(connection).create([
        {
          _id: DEMO_IDS.returneeMinh,
          displayName: 'Nguyễn Văn Minh',
          birthYear: 1992,
          gender: 'male',
          phone: '+84912345678',
          provinceCode: '24',
          status: 'seeking',
          counselorId: DEMO_IDS.counselor,
          userId: DEMO_IDS.returneeUser,
          anonymousCode: '7KQ2',
          searchKey: userSearchKey({ displayName: 'Nguyễn Văn Minh', phone: '+84912345678' }),
          lastContactAt: new Date(),
          createdBy: DEMO_IDS.counselor,
        },
        {
          _id: DEMO_IDS.returneeLan,
          displayName: 'Trần Thị Lan',
          birthYear: 1988,
          gender: 'female',
          phone: '+84934567890',
          provinceCode: '24',
          status: 'seeking',
          counselorId: DEMO_IDS.counselor,
          anonymousCode: 'M3RT',
          searchKey: userSearchKey({ displayName: 'Trần Thị Lan', phone: '+84934567890' }),
          lastContactAt: new Date(),
          createdBy: DEMO_IDS.counselor,
        },
      ]);
      await caseModel(connection).create({
        returneeId: DEMO_IDS.returneeMinh,
        provinceCode: '24',
        releaseDate: new Date('2025-09-15T00:00:00Z'),
        offenceCategory: 'Trộm cắp tài sản',
        notes: [
          {
            at: new Date(),
            authorId: DEMO_IDS.counselor,
            authorName: 'Đại úy Phạm Văn Hải',
            text: 'Gặp lần đầu tại nhà. Muốn học nghề hàn, cần hỗ trợ làm lại CCCD.',
          },
        ],
      });
      await consentModel(connection).create({
        returneeId: DEMO_IDS.returneeMinh,
        purpose: 'matching',
        kind: 'matching',
        text: 'Tôi đồng ý để nhà tuyển dụng thấy hồ sơ ẩn danh của tôi (kỹ năng, chứng chỉ, xã nơi ở, thời gian có thể đi làm) khi tìm người cho công việc phù hợp.',
        grantedBy: 'counselor-assisted',
        grantedByUserId: DEMO_IDS.counselor,
        grantedAt: new Date(),
        active: true,
        provinceCode: '24',
      });

      for (const user of USERS) {
        await User.create({
          _id: user.id,
          displayName: user.displayName,
          email: user.email,
          phone: user.phone,
          passwordHash,
          roles: user.roles,
          provinceCodes: user.provinceCodes,
          employerId: user.employerId,
          returneeId: user.returneeId,
          status: 'active',
          searchKey: userSearchKey(user),
        });
        const keys = [
          ...(user.email ? [`email:${user.email}`] : []),
          ...(user.phone ? [`phone:${user.phone}`] : []),
        ];
        for (const key of keys)
          await loginModel(connection).collection.insertOne({ _id: key as never, userId: user.id });
      }
    }

    report.lines.push('', `Demo sign-ins (password for all: ${DEMO_PASSWORD}):`);
    for (const user of USERS) {
      const login = user.email ?? (user.phone ? `0${user.phone.slice(3)}` : '');
      report.lines.push(`  ${user.roles[0]!.padEnd(10)} ${login.padEnd(42)} ${user.note}`);
    }
  },
};
