import { foldVietnamese, skillsForOccupation, todayInVietnam } from '@ctn/shared';
import { Types } from 'mongoose';
import type { Seeder } from '../../seed';
import { DEMO_IDS } from '../accounts/seed';
import { employerModel } from '../employers/model';
import { postingModel } from './model';
import { occupationCodesOf, postingSearchKey } from './search';

/** Fixed ids of the demo employers added here (the accounts seeder owns Sông Hồng and Kinh Bắc). */
export const DEMO_EMPLOYER_IDS = {
  yenPhongSteel: new Types.ObjectId('65b000000000000000000003'),
  queVoElectronics: new Types.ObjectId('65b000000000000000000004'),
  thangLongSecurity: new Types.ObjectId('65b000000000000000000005'),
  dongAnhBuild: new Types.ObjectId('65b000000000000000000006'),
  haiPhongShipyard: new Types.ObjectId('65b000000000000000000007'),
  tanCangLogistics: new Types.ObjectId('65b000000000000000000008'),
  comNieuSaiGon: new Types.ObjectId('65b000000000000000000009'),
  bienHoaFootwear: new Types.ObjectId('65b00000000000000000000a'),
  hoaKhanhTransport: new Types.ObjectId('65b00000000000000000000b'),
} as const;

/** The first demo posting id; postings are 65d0…01, 65d0…02, … (fixed, so the seeder is idempotent). */
const postingId = (n: number) => new Types.ObjectId(`65d${n.toString(16).padStart(21, '0')}`);

const EMPLOYERS = [
  {
    _id: DEMO_EMPLOYER_IDS.yenPhongSteel,
    legalName: 'Công ty TNHH Kết cấu Thép Yên Phong',
    taxCode: '2300512345',
    industry: 'Cơ khí, kết cấu thép',
    provinceCode: '24',
    communeCode: '09193',
    address: 'KCN Yên Phong, Bắc Ninh',
    description:
      'Gia công kết cấu thép nhà xưởng; có tổ thợ hàn 80 người, đào tạo tại chỗ và thi chứng chỉ bậc nghề.',
    fairChancePledge: true,
  },
  {
    _id: DEMO_EMPLOYER_IDS.queVoElectronics,
    legalName: 'Công ty Cổ phần Điện tử Quế Võ',
    taxCode: '2300623456',
    industry: 'Điện tử',
    provinceCode: '24',
    communeCode: '09247',
    address: 'KCN Quế Võ, Bắc Ninh',
    description: 'Lắp ráp linh kiện điện thoại và thiết bị gia dụng cho các hãng lớn.',
    fairChancePledge: false,
  },
  {
    _id: DEMO_EMPLOYER_IDS.thangLongSecurity,
    legalName: 'Công ty TNHH Dịch vụ Bảo vệ Thăng Long',
    taxCode: '0101734567',
    industry: 'Dịch vụ bảo vệ',
    provinceCode: '01',
    communeCode: '00235',
    address: 'Phường Đống Đa, Hà Nội',
    description: 'Dịch vụ bảo vệ tòa nhà, nhà máy và công trường tại Hà Nội.',
    fairChancePledge: true,
  },
  {
    _id: DEMO_EMPLOYER_IDS.dongAnhBuild,
    legalName: 'Hợp tác xã Xây dựng Đông Anh',
    taxCode: '0101845678',
    industry: 'Xây dựng',
    provinceCode: '01',
    communeCode: '00454',
    address: 'Xã Đông Anh, Hà Nội',
    description: 'Thi công nhà dân dụng và công trình hạ tầng nông thôn.',
    fairChancePledge: true,
  },
  {
    _id: DEMO_EMPLOYER_IDS.haiPhongShipyard,
    legalName: 'Công ty TNHH Cơ khí Đóng tàu Thủy Nguyên',
    taxCode: '0200956789',
    industry: 'Đóng tàu, cơ khí',
    provinceCode: '31',
    communeCode: '11560',
    address: 'Phường Thủy Nguyên, Hải Phòng',
    description: 'Đóng mới và sửa chữa tàu sông, sà lan; tuyển thợ hàn, thợ điện quanh năm.',
    fairChancePledge: true,
  },
  {
    _id: DEMO_EMPLOYER_IDS.tanCangLogistics,
    legalName: 'Công ty TNHH Logistics Tân Thuận',
    taxCode: '0301067890',
    industry: 'Kho vận, logistics',
    provinceCode: '79',
    communeCode: '27478',
    address: 'Khu chế xuất Tân Thuận, TP Hồ Chí Minh',
    description: 'Kho ngoại quan và vận tải container khu vực phía Nam.',
    fairChancePledge: false,
  },
  {
    _id: DEMO_EMPLOYER_IDS.comNieuSaiGon,
    legalName: 'Công ty TNHH Nhà hàng Cơm Niêu Sài Gòn',
    taxCode: '0301178901',
    industry: 'Nhà hàng, ăn uống',
    provinceCode: '79',
    communeCode: '26740',
    address: 'Phường Sài Gòn, TP Hồ Chí Minh',
    description: 'Chuỗi 6 nhà hàng cơm Việt; bếp trưởng kèm người mới từ đầu.',
    fairChancePledge: true,
  },
  {
    _id: DEMO_EMPLOYER_IDS.bienHoaFootwear,
    legalName: 'Công ty TNHH Giày da Biên Hòa',
    taxCode: '3601289012',
    industry: 'Giày da, may mặc',
    provinceCode: '75',
    communeCode: '26068',
    address: 'KCN Biên Hòa 2, Đồng Nai',
    description: 'Sản xuất giày thể thao xuất khẩu, 3.000 công nhân, có ký túc xá.',
    fairChancePledge: true,
  },
  {
    _id: DEMO_EMPLOYER_IDS.hoaKhanhTransport,
    legalName: 'Công ty Cổ phần Vận tải Hòa Khánh',
    taxCode: '0401390123',
    industry: 'Vận tải',
    provinceCode: '48',
    communeCode: '20200',
    address: 'KCN Hòa Khánh, Đà Nẵng',
    description: 'Vận tải hàng hóa tuyến Bắc – Nam và nội thành Đà Nẵng.',
    fairChancePledge: true,
  },
];

type Row = [
  employer: Types.ObjectId,
  code: string,
  title: string,
  commune: string | undefined,
  wage: [number, number],
  benefits: string[],
  extra?: { type?: string; shift?: string; status?: string; vacancies?: number; province?: string },
];

const E = DEMO_EMPLOYER_IDS;
const SH = DEMO_IDS.employerSongHong;
const M = 1_000_000;

/** ~60 open postings across the demo provinces, plus drafts and postings under review. */
const ROWS: Row[] = [
  // Bắc Ninh — welding, garment, electronics
  [
    E.yenPhongSteel,
    '7212',
    'Thợ hàn điện kết cấu thép',
    '09193',
    [9 * M, 14 * M],
    ['meals', 'insurance', 'housing'],
  ],
  [E.yenPhongSteel, '7212', 'Thợ hàn CO2 (MIG/MAG)', '09193', [10 * M, 15 * M], ['meals', 'insurance']],
  [E.yenPhongSteel, '7212', 'Thợ hàn TIG inox', '09193', [11 * M, 16 * M], ['meals', 'insurance']],
  [
    E.yenPhongSteel,
    '7212',
    'Công nhân hàn, chưa có kinh nghiệm được đào tạo',
    '09193',
    [7 * M, 9 * M],
    ['meals', 'housing'],
  ],
  [E.yenPhongSteel, '7411', 'Thợ điện nhà xưởng', '09193', [9 * M, 13 * M], ['meals', 'insurance']],
  [
    E.yenPhongSteel,
    '8344',
    'Lái xe nâng trong xưởng',
    '09193',
    [8 * M, 11 * M],
    ['meals'],
    { shift: 'rotating' },
  ],
  [SH, '8153', 'Công nhân may công nghiệp', '09247', [7 * M, 10 * M], ['meals', 'insurance', 'transport']],
  [SH, '8153', 'Công nhân may mẫu', '09247', [8 * M, 11 * M], ['meals', 'insurance']],
  [SH, '8153', 'Thợ may vắt sổ', '09247', [7 * M, 9.5 * M], ['meals', 'transport']],
  [SH, '7533', 'Công nhân thêu vi tính', '09247', [6.5 * M, 8.5 * M], ['meals']],
  [SH, '9329', 'Công nhân đóng gói hàng may mặc', '09247', [6 * M, 7.5 * M], ['meals', 'transport']],
  [SH, '9412', 'Phụ bếp bếp ăn công nhân', '09247', [6 * M, 7 * M], ['meals'], { shift: 'day' }],
  [
    E.queVoElectronics,
    '8212',
    'Công nhân lắp ráp linh kiện điện tử',
    '09247',
    [7 * M, 9 * M],
    ['meals', 'transport', 'insurance'],
    { shift: 'rotating' },
  ],
  [
    E.queVoElectronics,
    '8212',
    'Công nhân kiểm tra ngoại quan (QC)',
    '09247',
    [7.5 * M, 9.5 * M],
    ['meals', 'transport'],
    { shift: 'rotating' },
  ],
  [
    E.queVoElectronics,
    '8212',
    'Công nhân vận hành máy SMT',
    '09247',
    [8 * M, 11 * M],
    ['meals', 'insurance'],
    { shift: 'night' },
  ],
  [E.queVoElectronics, '9333', 'Công nhân bốc xếp kho thành phẩm', '09247', [6.5 * M, 8 * M], ['meals']],
  [E.queVoElectronics, '4321', 'Nhân viên kho linh kiện', '09247', [7 * M, 9 * M], ['meals', 'insurance']],
  [
    E.queVoElectronics,
    '5414',
    'Bảo vệ nhà máy ca đêm',
    '09247',
    [6.5 * M, 8 * M],
    ['meals'],
    { shift: 'night' },
  ],
  // Hà Nội — security, construction, kitchens
  [
    E.thangLongSecurity,
    '5414',
    'Nhân viên bảo vệ tòa nhà văn phòng',
    '00235',
    [6.5 * M, 8.5 * M],
    ['insurance'],
  ],
  [
    E.thangLongSecurity,
    '5414',
    'Bảo vệ ca đêm trung tâm thương mại',
    '00166',
    [7 * M, 9 * M],
    ['insurance', 'meals'],
    { shift: 'night' },
  ],
  [
    E.thangLongSecurity,
    '5414',
    'Bảo vệ công trường xây dựng',
    '00454',
    [6.5 * M, 8 * M],
    ['housing', 'meals'],
    { shift: 'rotating' },
  ],
  [
    E.thangLongSecurity,
    '5414',
    'Bảo vệ bãi xe bán thời gian',
    '00070',
    [3 * M, 4.5 * M],
    [],
    { type: 'part-time' },
  ],
  [E.dongAnhBuild, '7112', 'Thợ xây, thợ hồ', '00454', [9 * M, 13 * M], ['meals', 'housing']],
  [E.dongAnhBuild, '9313', 'Phụ hồ công trình', '00454', [7 * M, 9 * M], ['meals', 'housing']],
  [E.dongAnhBuild, '7115', 'Thợ cốp pha', '00565', [9 * M, 12 * M], ['meals', 'housing']],
  [E.dongAnhBuild, '7411', 'Thợ điện công trình dân dụng', '00454', [9 * M, 12 * M], ['meals']],
  [E.dongAnhBuild, '7126', 'Thợ ống nước công trình', '00376', [8 * M, 11 * M], ['meals']],
  [E.dongAnhBuild, '7212', 'Thợ hàn cửa sắt, lan can', '00454', [9 * M, 12 * M], ['meals'], { vacancies: 2 }],
  [E.dongAnhBuild, '8322', 'Lái xe tải nhỏ chở vật liệu', '00454', [8 * M, 10 * M], ['meals']],
  // Hải Phòng — shipyard
  [
    E.haiPhongShipyard,
    '7212',
    'Thợ hàn tàu thủy',
    '11560',
    [11 * M, 17 * M],
    ['meals', 'insurance', 'housing'],
  ],
  [E.haiPhongShipyard, '7212', 'Thợ hàn ống 6G', '11560', [13 * M, 18 * M], ['meals', 'insurance']],
  [E.haiPhongShipyard, '7411', 'Thợ điện tàu thủy', '11560', [10 * M, 14 * M], ['meals', 'insurance']],
  [
    E.haiPhongShipyard,
    '9329',
    'Lao động phổ thông nhà máy đóng tàu',
    '11560',
    [6.5 * M, 8.5 * M],
    ['meals', 'housing'],
  ],
  [E.haiPhongShipyard, '7231', 'Thợ sửa chữa máy tàu', '11413', [10 * M, 14 * M], ['meals']],
  [E.haiPhongShipyard, '9412', 'Phụ bếp nhà ăn ca', '11560', [5.5 * M, 7 * M], ['meals']],
  // Hồ Chí Minh — logistics, restaurants
  [E.tanCangLogistics, '8332', 'Lái xe container (hạng CE)', '27478', [15 * M, 22 * M], ['insurance']],
  [E.tanCangLogistics, '8332', 'Tài xế xe tải hạng C', '27478', [11 * M, 15 * M], ['insurance', 'meals']],
  [
    E.tanCangLogistics,
    '8344',
    'Lái xe nâng kho ngoại quan',
    '27478',
    [9 * M, 12 * M],
    ['meals', 'insurance'],
    { shift: 'rotating' },
  ],
  [
    E.tanCangLogistics,
    '9333',
    'Công nhân bốc xếp container',
    '27478',
    [8 * M, 11 * M],
    ['meals'],
    { shift: 'night' },
  ],
  [
    E.tanCangLogistics,
    '4321',
    'Nhân viên kho, soạn hàng theo đơn',
    '25942',
    [7.5 * M, 9.5 * M],
    ['meals', 'transport'],
  ],
  [
    E.tanCangLogistics,
    '9621',
    'Nhân viên giao hàng xe máy',
    '27004',
    [8 * M, 12 * M],
    ['insurance'],
    { type: 'part-time' },
  ],
  [E.comNieuSaiGon, '5120', 'Đầu bếp món Việt', '26740', [10 * M, 15 * M], ['meals']],
  [E.comNieuSaiGon, '9412', 'Phụ bếp nhà hàng', '26740', [6 * M, 8 * M], ['meals']],
  [
    E.comNieuSaiGon,
    '9412',
    'Tạp vụ bếp, rửa bát ca tối',
    '27004',
    [5.5 * M, 7 * M],
    ['meals'],
    { shift: 'night' },
  ],
  [E.comNieuSaiGon, '5131', 'Nhân viên phục vụ bàn', '26740', [5.5 * M, 7.5 * M], ['meals']],
  [E.comNieuSaiGon, '9112', 'Nhân viên vệ sinh nhà hàng', '27442', [5.5 * M, 6.5 * M], ['meals']],
  [E.comNieuSaiGon, '5120', 'Bếp chính bếp ăn tập thể', '25978', [12 * M, 16 * M], ['meals', 'insurance']],
  // Đồng Nai — footwear
  [
    E.bienHoaFootwear,
    '7536',
    'Công nhân gò giày',
    '26068',
    [7 * M, 9.5 * M],
    ['meals', 'housing', 'transport'],
  ],
  [
    E.bienHoaFootwear,
    '8153',
    'Công nhân may mũ giày',
    '26068',
    [7 * M, 10 * M],
    ['meals', 'housing', 'transport'],
  ],
  [
    E.bienHoaFootwear,
    '9329',
    'Công nhân phổ thông dây chuyền giày',
    '26374',
    [6.5 * M, 8 * M],
    ['meals', 'housing', 'transport'],
    { shift: 'rotating' },
  ],
  [
    E.bienHoaFootwear,
    '5414',
    'Bảo vệ ký túc xá công nhân',
    '26068',
    [6 * M, 7.5 * M],
    ['housing', 'meals'],
    { shift: 'night' },
  ],
  [E.bienHoaFootwear, '9412', 'Phụ bếp bếp ăn công nghiệp', '26068', [6 * M, 7.5 * M], ['meals', 'housing']],
  [E.bienHoaFootwear, '7212', 'Thợ hàn bảo trì máy móc', '26248', [9 * M, 13 * M], ['meals', 'insurance']],
  // Đà Nẵng — transport
  [
    E.hoaKhanhTransport,
    '8332',
    'Lái xe tải hạng C tuyến Bắc – Nam',
    '20200',
    [14 * M, 20 * M],
    ['insurance', 'meals'],
  ],
  [E.hoaKhanhTransport, '8322', 'Lái xe giao hàng nội thành', '20209', [9 * M, 12 * M], ['insurance']],
  [E.hoaKhanhTransport, '7231', 'Thợ sửa chữa ô tô tải', '20200', [10 * M, 14 * M], ['meals', 'insurance']],
  [
    E.hoaKhanhTransport,
    '9333',
    'Phụ xe, bốc xếp theo xe',
    '20200',
    [7 * M, 9 * M],
    ['meals'],
    { type: 'seasonal' },
  ],
  [E.hoaKhanhTransport, '5414', 'Bảo vệ bãi xe', '20197', [6 * M, 7.5 * M], ['meals'], { shift: 'night' }],
  // Moderation queue: postings waiting for review, a draft sent back, and a draft of an unverified company.
  [
    E.yenPhongSteel,
    '7212',
    'Thợ hàn hồ quang tay (chờ duyệt)',
    '09193',
    [9 * M, 12 * M],
    ['meals'],
    { status: 'pending' },
  ],
  [
    SH,
    '8153',
    'Tổ trưởng chuyền may (chờ duyệt)',
    '09247',
    [12 * M, 15 * M],
    ['meals', 'insurance'],
    { status: 'pending' },
  ],
  [
    E.thangLongSecurity,
    '5414',
    'Bảo vệ sự kiện (chờ duyệt)',
    '00070',
    [6 * M, 8 * M],
    [],
    { status: 'pending' },
  ],
  [SH, '9329', 'Công nhân cắt chỉ (bản nháp)', '09247', [6 * M, 7 * M], ['meals'], { status: 'draft' }],
  [
    DEMO_IDS.employerKinhBac,
    '7212',
    'Thợ hàn cơ khí (bản nháp)',
    '09367',
    [8 * M, 11 * M],
    ['meals'],
    { status: 'draft' },
  ],
];

const DESCRIPTION = (title: string, employer: string, commune: string) =>
  `${employer} cần tuyển ${title.toLowerCase()} làm việc tại ${commune}. Có hợp đồng lao động, đóng bảo hiểm theo quy định, ` +
  'được hướng dẫn công việc khi mới vào. Doanh nghiệp chào đón người chấp hành xong án phạt tù muốn làm lại cuộc đời.';

export const postingsSeeder: Seeder = {
  name: 'postings',
  async run(app, report) {
    const connection = app.db.connection;
    const Posting = postingModel(connection);
    if (await Posting.exists({ _id: postingId(1) })) return;
    const Employer = employerModel(connection);
    const now = new Date();
    const existing = new Set(
      (await Employer.find({}, { _id: 1 }).lean()).map((employer) => String(employer._id)),
    );
    await Employer.collection.insertMany(
      EMPLOYERS.filter((e) => !existing.has(String(e._id))).map((e) => ({
        ...e,
        verified: true,
        verifiedAt: now,
        verifiedBy: DEMO_IDS.admin,
        pledgeSignedAt: e.fairChancePledge ? now : undefined,
        searchKey: foldVietnamese(`${e.legalName} ${e.taxCode}`),
        createdAt: now,
        updatedAt: now,
      })) as never[],
    );
    const names = new Map(
      (await Employer.find({}, { legalName: 1 }).lean()).map((e) => [String(e._id), e.legalName]),
    );
    const { communeByCode } = await import('@ctn/shared');
    const today = todayInVietnam(now);
    const addDays = (days: number) => {
      const date = new Date(`${today}T00:00:00Z`);
      date.setUTCDate(date.getUTCDate() + days);
      return date.toISOString().slice(0, 10);
    };
    const documents = ROWS.map(
      ([employerId, code, title, communeCode, [wageMin, wageMax], benefits, extra], i) => {
        const commune = communeCode ? communeByCode(communeCode) : undefined;
        const provinceCode = commune?.provinceCode ?? extra?.province ?? '24';
        const employerName = names.get(String(employerId)) ?? '';
        const status = extra?.status ?? 'open';
        const skills = skillsForOccupation(code).slice(0, 3);
        // Published over the last weeks, newest first in the list above.
        const publishedAt = new Date(now.getTime() - (i * 9 + 3) * 3_600_000);
        return {
          _id: postingId(i + 1),
          employerId,
          title,
          occupationCode: code,
          occupationCodes: occupationCodesOf(code),
          description: DESCRIPTION(title, employerName, commune?.fullName ?? ''),
          requiredSkills: skills.slice(0, 1).map((s) => ({ id: s.id, name: s.nameVi })),
          preferredSkills: skills.slice(1).map((s) => ({ id: s.id, name: s.nameVi })),
          requiredCertificates: code === '8332' ? [{ level: 'gplx-c', name: 'Giấy phép lái xe hạng C' }] : [],
          preferredCertificates:
            code === '7212'
              ? [{ level: 'ky-nang-nghe-bac-2', occupationCode: '7212', name: 'Chứng chỉ hàn bậc 2' }]
              : [],
          education: 'none',
          vacancies: extra?.vacancies ?? 3 + ((i * 7) % 20),
          wageMin,
          wageMax,
          employmentType: extra?.type ?? 'full-time',
          shift: extra?.shift ?? 'day',
          benefits,
          provinceCode,
          communeCode,
          address: commune
            ? `${commune.fullName}, ${commune.provinceCode === '79' ? 'TP Hồ Chí Minh' : ''}`.replace(
                /, $/,
                '',
              )
            : undefined,
          deadline: addDays(30 + (i % 45)),
          status,
          version: 1,
          moderationNotes:
            status === 'pending'
              ? [{ at: now, action: 'submit', byName: employerName }]
              : status === 'open'
                ? [{ at: publishedAt, action: 'approve', by: DEMO_IDS.admin, byName: 'Sở Nội vụ' }]
                : [],
          fairIds: [],
          submittedAt: status === 'draft' ? undefined : publishedAt,
          publishedAt: status === 'open' ? publishedAt : undefined,
          searchKey: postingSearchKey({
            title,
            occupationCode: code,
            provinceCode,
            communeCode,
            employerName,
          }),
          createdBy: employerId === SH ? DEMO_IDS.employerUser : undefined,
          createdAt: publishedAt,
          updatedAt: now,
        };
      },
    );
    for (const doc of documents as Record<string, unknown>[])
      for (const [key, value] of Object.entries(doc)) if (value === undefined) delete doc[key];
    await Posting.collection.insertMany(documents as never[]);
    // The seeder runs after start-up: show the new data on this instance's board now.
    await app.postingIndex.reindex();
    const open = documents.filter((d) => d.status === 'open').length;
    report.lines.push(
      '',
      `Job board: ${open} open postings from ${names.size} employers (+ drafts and pending).`,
    );
  },
};
