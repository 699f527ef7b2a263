/**
 * Bulk import of postings from a spreadsheet (CSV or XLSX) with Vietnamese headers. All or nothing: every
 * row is checked first (the same rules as the form) and the file is refused with each bad row's number and
 * field messages; otherwise all rows are inserted in one insertMany, and if that fails part-way the rows
 * already inserted are removed again (by the import's id).
 *
 * Uploading the same rows twice (a retried request, a double click, the same file picked again) imports
 * them once: the import claims its content's fingerprint for the employer, and a second upload gets a 409
 * saying when it was imported and how many of those postings are still there. Importing again on purpose
 * takes `again`.
 */
import { createHash, randomUUID } from 'node:crypto';
import {
  BENEFIT_LABELS,
  type Bilingual,
  EDUCATION_LABELS,
  EMPLOYMENT_TYPE_LABELS,
  FIELD_MESSAGES,
  findCommune,
  findOccupations,
  findProvince,
  foldedKey,
  occupationByCode,
  occupationForTitle,
  type PostingInput,
  SHIFT_LABELS,
} from '@ctn/shared';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Types, trusted } from 'mongoose';
import { claimModel, claimOnce, releaseClaim } from '../../lib/claims';
import { AppError, ConflictError, type FieldIssue, ForbiddenError, ValidationError } from '../../lib/errors';
import { employerModel } from '../employers/model';
import { type PostingRecord, postingModel } from './model';
import { postingSearchKey } from './search';
import { normalizePostingInput, POSTING_MESSAGES } from './service';

export const MAX_IMPORT_ROWS = 500;

type Column =
  | 'title'
  | 'occupation'
  | 'description'
  | 'requiredSkills'
  | 'preferredSkills'
  | 'requiredCertificates'
  | 'preferredCertificates'
  | 'education'
  | 'vacancies'
  | 'wageMin'
  | 'wageMax'
  | 'employmentType'
  | 'shift'
  | 'benefits'
  | 'province'
  | 'commune'
  | 'address'
  | 'deadline';

/** The template's columns: header as written, other headers accepted (folded), an example value. */
export const IMPORT_COLUMNS: {
  key: Column;
  header: string;
  aliases: string[];
  example: string;
  required: boolean;
}[] = [
  {
    key: 'title',
    header: 'Tiêu đề',
    aliases: ['chuc danh', 'vi tri tuyen dung', 'title'],
    example: 'Thợ hàn điện',
    required: true,
  },
  {
    key: 'occupation',
    header: 'Nghề (mã VSCO hoặc tên nghề)',
    aliases: ['nghe', 'ma nghe', 'ma vsco', 'occupation'],
    example: '7212',
    required: true,
  },
  {
    key: 'description',
    header: 'Mô tả công việc',
    aliases: ['mo ta', 'description'],
    example: 'Hàn kết cấu thép tại xưởng; được đào tạo thêm.',
    required: true,
  },
  {
    key: 'requiredSkills',
    header: 'Kỹ năng bắt buộc',
    aliases: ['ky nang', 'required skills'],
    example: 'Hàn que; Đọc bản vẽ kỹ thuật',
    required: false,
  },
  {
    key: 'preferredSkills',
    header: 'Kỹ năng ưu tiên',
    aliases: ['preferred skills'],
    example: 'Hàn TIG',
    required: false,
  },
  {
    key: 'requiredCertificates',
    header: 'Chứng chỉ bắt buộc',
    aliases: ['chung chi', 'required certificates'],
    example: 'Bậc 2',
    required: false,
  },
  {
    key: 'preferredCertificates',
    header: 'Chứng chỉ ưu tiên',
    aliases: ['preferred certificates'],
    example: '',
    required: false,
  },
  {
    key: 'education',
    header: 'Trình độ học vấn',
    aliases: ['hoc van', 'education'],
    example: 'Không yêu cầu',
    required: false,
  },
  {
    key: 'vacancies',
    header: 'Số lượng tuyển',
    aliases: ['so luong', 'vacancies'],
    example: '5',
    required: true,
  },
  {
    key: 'wageMin',
    header: 'Lương thấp nhất (VNĐ/tháng)',
    aliases: ['luong thap nhat', 'luong tu', 'wage min'],
    example: '8000000',
    required: true,
  },
  {
    key: 'wageMax',
    header: 'Lương cao nhất (VNĐ/tháng)',
    aliases: ['luong cao nhat', 'luong den', 'wage max'],
    example: '12000000',
    required: true,
  },
  {
    key: 'employmentType',
    header: 'Hình thức (Toàn thời gian/Bán thời gian/Thời vụ)',
    aliases: ['hinh thuc', 'loai hinh', 'employment type'],
    example: 'Toàn thời gian',
    required: true,
  },
  {
    key: 'shift',
    header: 'Ca làm việc (Ca ngày/Ca đêm/Xoay ca)',
    aliases: ['ca lam viec', 'ca', 'shift'],
    example: 'Ca ngày',
    required: true,
  },
  {
    key: 'benefits',
    header: 'Phúc lợi (Bao ăn; Chỗ ở; Bảo hiểm; Xe đưa đón)',
    aliases: ['phuc loi', 'benefits'],
    example: 'Bao ăn; Bảo hiểm',
    required: false,
  },
  {
    key: 'province',
    header: 'Tỉnh/thành phố',
    aliases: ['tinh thanh pho', 'tinh', 'province'],
    example: 'Bắc Ninh',
    required: true,
  },
  {
    key: 'commune',
    header: 'Xã/phường',
    aliases: ['xa phuong', 'xa', 'phuong', 'commune'],
    example: 'Phường Quế Võ',
    required: false,
  },
  {
    key: 'address',
    header: 'Địa chỉ làm việc',
    aliases: ['dia chi', 'address'],
    example: 'KCN Quế Võ',
    required: false,
  },
  {
    key: 'deadline',
    header: 'Hạn nộp hồ sơ (dd/mm/yyyy)',
    aliases: ['han nop ho so', 'han nop', 'deadline'],
    example: '31/12/2026',
    required: true,
  },
];

export const IMPORT_MESSAGES = {
  failed: {
    vi: 'Tệp có {count} dòng chưa đúng nên chưa nhập tin nào. Sửa các dòng được liệt kê rồi tải lên lại.',
    en: '{count} rows of the file are not right, so nothing was imported. Correct the rows listed and upload again.',
  },
  empty: {
    vi: 'Tệp không có dòng dữ liệu nào dưới dòng tiêu đề. Hãy dùng tệp mẫu.',
    en: 'The file has no data rows below the header row. Please use the template.',
  },
  tooMany: {
    vi: 'Mỗi lần chỉ nhập được tối đa {limit} tin. Hãy chia tệp thành nhiều phần.',
    en: 'At most {limit} postings can be imported at once. Please split the file.',
  },
  missingColumns: {
    vi: 'Thiếu cột: {columns}. Hãy dùng tệp mẫu (giữ nguyên dòng tiêu đề).',
    en: 'Missing columns: {columns}. Please use the template (keep its header row).',
  },
  duplicate: {
    vi: 'Tệp này đã được nhập lúc {at}; {count} tin từ lần đó vẫn còn trong danh sách tin của bạn, nên lần này chưa nhập thêm. Nếu thật sự muốn nhập thêm một lần nữa, hãy đánh dấu “Nhập thêm một lần nữa” rồi tải lên lại.',
    en: 'This file was already imported at {at}; {count} postings from then are still in your list, so nothing was added this time. To import it once more on purpose, tick “Import once more” and upload again.',
  },
  inProgress: {
    vi: 'Tệp này vừa được tải lên và đang được nhập. Hãy xem danh sách tin sau ít phút.',
    en: 'This file was just uploaded and is being imported. Please check your postings list in a few minutes.',
  },
  unreadable: {
    vi: 'Không đọc được tệp. Hãy tải lên tệp .xlsx hoặc .csv (UTF-8) theo mẫu.',
    en: 'The file cannot be read. Please upload an .xlsx or .csv (UTF-8) file made from the template.',
  },
  notNumber: { vi: 'Cần nhập một số (chỉ chữ số).', en: 'Enter a number (digits only).' },
  notDate: {
    vi: 'Ngày chưa đúng: viết theo dạng ngày/tháng/năm, ví dụ 31/12/2026.',
    en: 'The date is not right: write it as day/month/year, e.g. 31/12/2026.',
  },
  unknownChoice: {
    vi: 'Giá trị "{value}" không có trong danh sách: {choices}.',
    en: '"{value}" is not one of: {choices}.',
  },
  unknownOccupation: {
    vi: 'Không tìm thấy nghề "{value}". Hãy ghi mã nghề 4 chữ số (ví dụ 7212) hoặc tên nghề trong danh mục.',
    en: 'No occupation "{value}". Write a 4-digit code (e.g. 7212) or an occupation name from the list.',
  },
  unknownProvince: {
    vi: 'Không tìm thấy tỉnh/thành phố "{value}".',
    en: 'No province "{value}".',
  },
  unknownCommune: {
    vi: 'Không tìm thấy xã/phường "{value}" trong tỉnh/thành phố đã ghi.',
    en: 'No commune "{value}" in that province.',
  },
} satisfies Record<string, Bilingual>;

type Cell = string | number | boolean | Date | null | undefined;

function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

/** Maps header cells to columns by their folded text (accents, case and extra words do not matter). */
function mapHeader(header: Cell[]): { columns: (Column | undefined)[]; missing: string[] } {
  const columns = header.map((cell) => {
    const key = foldedKey(cellText(cell));
    if (!key) return undefined;
    const found = IMPORT_COLUMNS.find(
      (column) =>
        foldedKey(column.header) === key ||
        column.aliases.some((alias) => key === alias || key.startsWith(`${alias} `)),
    );
    return found?.key;
  });
  const missing = IMPORT_COLUMNS.filter((c) => c.required && !columns.includes(c.key)).map((c) => c.header);
  return { columns, missing };
}

function choice<T extends string>(
  text: string,
  labels: Record<T, { vi: string; en: string }>,
): T | undefined {
  const key = foldedKey(text);
  for (const [value, label] of Object.entries(labels) as [T, { vi: string; en: string }][]) {
    if (key === foldedKey(value) || key === foldedKey(label.vi) || key === foldedKey(label.en)) return value;
  }
  return undefined;
}

const BENEFIT_WORDS: Record<string, string[]> = {
  meals: ['bao an', 'an', 'bua an', 'an ca', 'com', 'meals'],
  housing: ['cho o', 'nha o', 'ky tuc xa', 'o', 'housing'],
  insurance: ['bao hiem', 'bhxh', 'insurance'],
  transport: ['xe dua don', 'dua don', 'xe', 'transport'],
};

const splitList = (text: string) =>
  text
    .split(/[;\n]|,(?!\d)/)
    .map((part) => part.trim())
    .filter(Boolean);

function parseDate(cell: Cell): string | undefined {
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  const text = cellText(cell);
  let match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (match) return `${match[3]}-${match[2]!.padStart(2, '0')}-${match[1]!.padStart(2, '0')}`;
  match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (match) return text;
  // An Excel serial day number (a date cell read without its format).
  if (typeof cell === 'number' && cell > 30000 && cell < 80000)
    return new Date(Date.UTC(1899, 11, 30) + cell * 86_400_000).toISOString().slice(0, 10);
  return undefined;
}

function parseInteger(cell: Cell): number | undefined {
  if (typeof cell === 'number') return Number.isInteger(cell) ? cell : undefined;
  const text = cellText(cell).replace(/[.,\s]|đ|₫|vnd/gi, '');
  return /^\d+$/.test(text) ? Number(text) : undefined;
}

/** One spreadsheet row → a PostingInput, or the problems found (field names of PostingInput). */
function rowToInput(
  row: Cell[],
  columns: (Column | undefined)[],
): {
  input?: PostingInput;
  issues: { field: string; code: string; message: Bilingual; params?: Record<string, string | number> }[];
} {
  const value = (key: Column): Cell => {
    const index = columns.indexOf(key);
    return index >= 0 ? row[index] : undefined;
  };
  const text = (key: Column) => cellText(value(key));
  const issues: {
    field: string;
    code: string;
    message: Bilingual;
    params?: Record<string, string | number>;
  }[] = [];
  const required = (field: string, present: boolean) => {
    if (!present) issues.push({ field, code: 'required', message: FIELD_MESSAGES.required });
    return present;
  };

  const title = text('title');
  if (required('title', !!title) && (title.length < 3 || title.length > 120))
    issues.push({
      field: 'title',
      code: title.length < 3 ? 'minLength' : 'maxLength',
      message: title.length < 3 ? FIELD_MESSAGES.minLength : FIELD_MESSAGES.maxLength,
      params: { limit: title.length < 3 ? 3 : 120 },
    });
  const description = text('description');
  if (required('description', !!description) && (description.length < 10 || description.length > 5000))
    issues.push({
      field: 'description',
      code: description.length < 10 ? 'minLength' : 'maxLength',
      message: description.length < 10 ? FIELD_MESSAGES.minLength : FIELD_MESSAGES.maxLength,
      params: { limit: description.length < 10 ? 10 : 5000 },
    });

  let occupationCode: string | undefined;
  const occupationText = text('occupation');
  if (required('occupationCode', !!occupationText)) {
    const code = /^\d{4}\b/.exec(occupationText)?.[0];
    occupationCode =
      (code && occupationByCode(code)?.level === 4 ? code : undefined) ??
      occupationForTitle(occupationText)?.code ??
      findOccupations(occupationText, { levels: [4], limit: 1 })[0]?.code;
    if (!occupationCode)
      issues.push({
        field: 'occupationCode',
        code: 'unknown_occupation',
        message: IMPORT_MESSAGES.unknownOccupation,
        params: { value: occupationText },
      });
  }

  const integer = (key: Column, field: string) => {
    if (!required(field, text(key) !== '')) return undefined;
    const number = parseInteger(value(key));
    if (number === undefined) issues.push({ field, code: 'type', message: IMPORT_MESSAGES.notNumber });
    return number;
  };
  const vacancies = integer('vacancies', 'vacancies');
  if (vacancies !== undefined && (vacancies < 1 || vacancies > 10_000))
    issues.push({
      field: 'vacancies',
      code: 'minimum',
      message: FIELD_MESSAGES.minimum,
      params: { limit: 1 },
    });
  const wageMin = integer('wageMin', 'wageMin');
  const wageMax = integer('wageMax', 'wageMax');

  const pick = <T extends string>(
    key: Column,
    field: string,
    labels: Record<T, { vi: string; en: string }>,
  ) => {
    const raw = text(key);
    if (!raw) return undefined;
    const found = choice(raw, labels);
    if (!found)
      issues.push({
        field,
        code: 'enum',
        message: IMPORT_MESSAGES.unknownChoice,
        params: {
          value: raw,
          choices: Object.values<{ vi: string }>(labels)
            .map((l) => l.vi)
            .join(', '),
        },
      });
    return found;
  };
  const employmentType = pick('employmentType', 'employmentType', EMPLOYMENT_TYPE_LABELS);
  required('employmentType', !!text('employmentType'));
  const shift = pick('shift', 'shift', SHIFT_LABELS);
  required('shift', !!text('shift'));
  const education = pick('education', 'education', EDUCATION_LABELS);

  const benefits: PostingInput['benefits'] = [];
  for (const part of splitList(text('benefits'))) {
    const key = foldedKey(part);
    const found = (Object.keys(BENEFIT_WORDS) as PostingInput['benefits']).find(
      (benefit) => BENEFIT_WORDS[benefit]!.includes(key) || choice(part, BENEFIT_LABELS) === benefit,
    );
    if (found) {
      if (!benefits.includes(found)) benefits.push(found);
    } else
      issues.push({
        field: 'benefits',
        code: 'enum',
        message: IMPORT_MESSAGES.unknownChoice,
        params: {
          value: part,
          choices: Object.values(BENEFIT_LABELS)
            .map((l) => l.vi)
            .join(', '),
        },
      });
  }

  let provinceCode: string | undefined;
  const provinceText = text('province');
  if (required('provinceCode', !!provinceText)) {
    provinceCode = findProvince(provinceText)?.code;
    if (!provinceCode)
      issues.push({
        field: 'provinceCode',
        code: 'unknown_province',
        message: IMPORT_MESSAGES.unknownProvince,
        params: { value: provinceText },
      });
  }
  let communeCode: string | undefined;
  const communeText = text('commune');
  if (communeText && provinceCode) {
    communeCode = /^\d{5}$/.test(communeText) ? communeText : findCommune(provinceCode, communeText)?.code;
    if (!communeCode)
      issues.push({
        field: 'communeCode',
        code: 'unknown_commune',
        message: IMPORT_MESSAGES.unknownCommune,
        params: { value: communeText },
      });
  }

  let deadline: string | undefined;
  if (required('deadline', text('deadline') !== '')) {
    deadline = parseDate(value('deadline'));
    if (!deadline) issues.push({ field: 'deadline', code: 'format', message: IMPORT_MESSAGES.notDate });
  }

  const skills = (key: Column) => splitList(text(key)).map((name) => ({ name: name.slice(0, 80) }));
  const certificates = (key: Column) => splitList(text(key)).map((name) => ({ name: name.slice(0, 120) }));
  if (issues.length > 0) return { issues };
  const address = text('address');
  const input: PostingInput = {
    title,
    occupationCode: occupationCode!,
    description,
    requiredSkills: skills('requiredSkills'),
    preferredSkills: skills('preferredSkills'),
    requiredCertificates: certificates('requiredCertificates'),
    preferredCertificates: certificates('preferredCertificates'),
    vacancies: vacancies!,
    wageMin: wageMin!,
    wageMax: wageMax!,
    employmentType: employmentType!,
    shift: shift!,
    benefits,
    provinceCode: provinceCode!,
    deadline: deadline!,
  };
  if (education) input.education = education;
  if (communeCode) input.communeCode = communeCode;
  if (address) input.address = address.slice(0, 300);
  return { input, issues };
}

/** Checks every row; returns the postings to insert or throws one error listing every bad row. */
export function checkImportRows(table: Cell[][], now = new Date()) {
  const rows = table.filter((row) => row.some((cell) => cellText(cell) !== ''));
  const [header, ...data] = rows;
  if (!header || data.length === 0) throw new AppError(400, 'IMPORT_EMPTY', IMPORT_MESSAGES.empty);
  if (data.length > MAX_IMPORT_ROWS)
    throw new AppError(400, 'IMPORT_TOO_MANY', IMPORT_MESSAGES.tooMany, {
      params: { limit: MAX_IMPORT_ROWS },
    });
  const { columns, missing } = mapHeader(header);
  if (missing.length > 0)
    throw new AppError(400, 'IMPORT_COLUMNS', IMPORT_MESSAGES.missingColumns, {
      params: { columns: missing.join(', ') },
    });

  const fields: FieldIssue[] = [];
  const inputs: ReturnType<typeof normalizePostingInput>[] = [];
  const badRows = new Set<number>();
  // Row numbers as the spreadsheet shows them: the header is row 1 (blank lines are counted too).
  const rowNumber = new Map(data.map((row) => [row, table.indexOf(row) + 1]));
  for (const row of data) {
    const number = rowNumber.get(row)!;
    const { input, issues } = rowToInput(row, columns);
    if (input) {
      try {
        inputs.push(normalizePostingInput(input, now));
        continue;
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        issues.push(...(error.fields ?? []));
      }
    }
    badRows.add(number);
    for (const issue of issues) fields.push({ ...issue, field: `rows.${number}.${issue.field}` });
  }
  if (fields.length > 0)
    throw new AppError(400, 'IMPORT_FAILED', IMPORT_MESSAGES.failed, {
      fields,
      params: { count: badRows.size },
    });
  return inputs;
}

/** Reads an uploaded file into rows of cells. */
export async function readSpreadsheet(filename: string, data: Buffer): Promise<Cell[][]> {
  const isXlsx = data.subarray(0, 2).toString('latin1') === 'PK' || /\.xlsx$/i.test(filename);
  try {
    if (isXlsx) {
      const { readSheet } = await import('read-excel-file/node');
      return (await readSheet(data)) as Cell[][];
    }
    const { parseCsv } = await import('../../lib/csv-parse');
    return parseCsv(data.toString('utf8'));
  } catch {
    throw new AppError(400, 'IMPORT_UNREADABLE', IMPORT_MESSAGES.unreadable);
  }
}

/** Inserts the checked postings in one go; removes them again if the insert fails part-way. */
export async function importPostings(
  app: FastifyInstance,
  request: FastifyRequest,
  table: Cell[][],
  options: { submit: boolean; again?: boolean },
): Promise<{ imported: number; status: 'draft' | 'pending'; ids: string[] }> {
  const actor = request.requireActor();
  if (!actor.employerId) throw new ForbiddenError('NO_EMPLOYER', POSTING_MESSAGES.noEmployer);
  const employer = await employerModel(app.db.connection)
    .findById(actor.employerId, { legalName: 1, verified: 1 })
    .lean();
  if (!employer) throw new ForbiddenError('NO_EMPLOYER', POSTING_MESSAGES.noEmployer);
  if (options.submit && !employer.verified)
    throw new ForbiddenError('EMPLOYER_NOT_VERIFIED', POSTING_MESSAGES.notVerified);
  const inputs = checkImportRows(table);

  const connection = app.db.connection;
  const Posting = postingModel(connection);
  const fingerprint = createHash('sha256').update(JSON.stringify(inputs)).digest('hex').slice(0, 32);
  const claimKey = `posting-import:${employer._id}:${fingerprint}`;
  // A deliberate repeat gets its own id, so that a later upload is still compared with the first one.
  const importId = options.again ? randomUUID() : fingerprint;
  let claimed = false;
  if (!options.again) {
    claimed = await claimOnce(connection, claimKey, actor.id);
    if (!claimed) await refuseRepeatedImport(Posting, employer._id, fingerprint, claimKey);
  }

  const now = new Date();
  const status = options.submit ? 'pending' : 'draft';
  const documents = inputs.map((data) => {
    const doc: Record<string, unknown> = {
      _id: new Types.ObjectId(),
      ...data,
      employerId: employer._id,
      status,
      version: 1,
      moderationNotes: options.submit
        ? [{ at: now, action: 'submit', by: new Types.ObjectId(actor.id), byName: actor.displayName }]
        : [],
      fairIds: [],
      importId,
      searchKey: postingSearchKey({ ...data, employerName: employer.legalName }),
      createdBy: new Types.ObjectId(actor.id),
      createdAt: now,
      updatedAt: now,
    };
    if (options.submit) doc.submittedAt = now;
    for (const [key, value] of Object.entries(doc)) if (value === undefined) delete doc[key];
    return doc;
  });
  try {
    await Posting.collection.insertMany(documents as never[], { ordered: true });
  } catch (error) {
    // This attempt's rows only: earlier, deleted postings of the same rows keep their tombstones.
    await Posting.deleteMany({ _id: trusted({ $in: documents.map((doc) => doc._id) }) });
    if (claimed) await releaseClaim(connection, claimKey);
    throw error;
  }
  return { imported: documents.length, status, ids: documents.map((doc) => String(doc._id)) };
}

/** A claim younger than this without postings is an import still running (or one that just failed). */
const IMPORT_IN_PROGRESS_MS = 60_000;

/**
 * The same rows were imported before: 409 with when and how many are left. When none are left (all
 * deleted, or the earlier import failed and was rolled back) the earlier claim is stale: the import goes
 * ahead, under the same id.
 */
async function refuseRepeatedImport(
  Posting: ReturnType<typeof postingModel>,
  employerId: Types.ObjectId,
  fingerprint: string,
  claimKey: string,
): Promise<void> {
  const Claim = claimModel(Posting.db);
  const [claim, earlier] = await Promise.all([
    Claim.findById(claimKey, { at: 1 }).lean(),
    Posting.find({ employerId, importId: fingerprint }, { deletedAt: 1 }).lean(),
  ]);
  const remaining = earlier.filter((posting) => !posting.deletedAt).length;
  const at = claim?.at ?? new Date();
  if (remaining > 0) {
    throw new ConflictError('IMPORT_DUPLICATE', IMPORT_MESSAGES.duplicate, {
      at: formatVietnamTime(at),
      count: remaining,
    });
  }
  if (earlier.length === 0 && Date.now() - at.getTime() < IMPORT_IN_PROGRESS_MS) {
    throw new ConflictError('IMPORT_IN_PROGRESS', IMPORT_MESSAGES.inProgress);
  }
  // Going ahead: the next repeat is told about this import's time.
  await Claim.updateOne({ _id: claimKey }, { $set: { at: new Date() } });
}

const VIETNAM_TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  hour: '2-digit',
  minute: '2-digit',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hourCycle: 'h23',
});

/** "14:05 22/11/2026" in Vietnam's time zone, where employers read it (the same in both languages). */
function formatVietnamTime(date: Date): string {
  const parts = VIETNAM_TIME.formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('hour')}:${part('minute')} ${part('day')}/${part('month')}/${part('year')}`;
}

/** The template: headers and one example row, as CSV (UTF-8 with BOM, opens in Excel) or XLSX. */
export function templateRows(): string[][] {
  return [IMPORT_COLUMNS.map((c) => c.header), IMPORT_COLUMNS.map((c) => c.example)];
}

export type { PostingRecord };
