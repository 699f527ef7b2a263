import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toCsv } from '../../server/src/lib/csv';
import { writeXlsx } from '../../server/src/lib/xlsx-writer';
import { IMPORT_COLUMNS } from '../../server/src/modules/postings/import';
import { postingModel } from '../../server/src/modules/postings/model';
import { startTestApp, type TestApp } from '../helpers/app';
import { createWorld, signIn, type World } from '../helpers/people';

let t: TestApp;
let world: World;
let employer: Awaited<ReturnType<typeof signIn>>;

beforeAll(async () => {
  t = await startTestApp();
  world = await createWorld(t);
  employer = await signIn(t, 'tuyendung@a.vn');
});
afterAll(async () => t?.close());

const header = IMPORT_COLUMNS.map((c) => c.header);
const row = (overrides: Partial<Record<(typeof IMPORT_COLUMNS)[number]['key'], string>> = {}) =>
  IMPORT_COLUMNS.map((c) => (c.key in overrides ? overrides[c.key]! : c.example));
const count = () => postingModel(t.app.db.connection).countDocuments({ employerId: world.employers.a });

describe('bulk import of postings', () => {
  it('imports nothing when one row is wrong, and reports the row numbers and fields', async () => {
    const before = await count();
    const csv = toCsv(header, [
      row({ title: 'Thợ hàn nhập 1' }),
      row({ title: 'Thợ hàn nhập 2', wageMin: '3000000', wageMax: '4000000', commune: 'Kinh Bắc' }),
      row({ title: 'Thợ hàn nhập 3', province: 'Tỉnh Không Có', deadline: '31/02/20' }),
      row({ title: 'Thợ hàn nhập 4' }),
    ]);
    const res = await employer
      .post('/api/postings/import')
      .attach('file', Buffer.from(csv, 'utf8'), { filename: 'tin.csv', contentType: 'text/csv' })
      .expect(400);
    expect(res.body.code).toBe('IMPORT_FAILED');
    expect(res.body.message).toContain('2 dòng');
    const fields = res.body.fields.map((f: { field: string }) => f.field);
    expect(fields).toContain('rows.3.wageMin');
    expect(fields).toContain('rows.4.provinceCode');
    expect(fields).toContain('rows.4.deadline');
    expect(res.body.fields.find((f: { field: string }) => f.field === 'rows.3.wageMin').message).toContain(
      'Lương tối thiểu vùng I là 5.310.000 ₫/tháng',
    );
    expect(await count()).toBe(before);
  });

  it('imports every row of a good XLSX file in one go, as drafts or straight to review', async () => {
    const before = await count();
    const file = writeXlsx([
      header,
      row({ title: 'Công nhân may nhập Excel', occupation: 'công nhân may', benefits: 'Bao ăn; Chỗ ở' }),
      row({
        title: 'Bảo vệ nhập Excel',
        occupation: '5414',
        shift: 'Ca đêm',
        province: '01',
        commune: 'Hoàn Kiếm',
      }),
    ]);
    const res = await employer
      .post('/api/postings/import')
      .query({ submit: true })
      .attach('file', file, { filename: 'tin.xlsx' })
      .expect(200);
    expect(res.body.imported).toBe(2);
    expect(res.body.status).toBe('pending');
    expect(await count()).toBe(before + 2);
    const sewing = await postingModel(t.app.db.connection).findById(res.body.ids[0]).lean();
    expect(sewing?.occupationCode).toBe('8153');
    expect(sewing?.benefits).toEqual(['meals', 'housing']);
    expect(sewing?.deadline).toBe('2026-12-31');
    const guard = await postingModel(t.app.db.connection).findById(res.body.ids[1]).lean();
    expect(guard?.provinceCode).toBe('01');
    expect(guard?.communeCode).toBe('00070');
    expect(guard?.shift).toBe('night');
    // They wait in the Hà Nội and Bắc Ninh moderation queues.
    const hanoi = await signIn(t, 'admin01@test.vn');
    const queue = await hanoi.get('/api/admin/postings').expect(200);
    expect(queue.body.items.map((p: { id: string }) => p.id)).toContain(res.body.ids[1]);
  });

  it('imports the same rows once: a repeat says when, parallel uploads add them once, "again" adds them on purpose', async () => {
    const csv = Buffer.from(
      toCsv(header, [row({ title: 'Thợ tiện nhập hai lần' }), row({ title: 'Thợ phay nhập hai lần' })]),
      'utf8',
    );
    const upload = (query: Record<string, boolean> = {}) =>
      employer.post('/api/postings/import').query(query).attach('file', csv, { filename: 'tin.csv' });
    const before = await count();
    // Two uploads at once (a double click, a retried request): one import.
    const [one, two] = await Promise.all([upload(), upload()]);
    expect([one.status, two.status].sort()).toEqual([200, 409]);
    const first = one.status === 200 ? one : two;
    const repeat = one.status === 200 ? two : one;
    expect(['IMPORT_DUPLICATE', 'IMPORT_IN_PROGRESS']).toContain(repeat.body.code);
    expect(await count()).toBe(before + 2);

    const again = await upload().expect(409);
    expect(again.body.code).toBe('IMPORT_DUPLICATE');
    expect(again.body.message).toMatch(/đã được nhập lúc \d{2}:\d{2} \d{2}\/\d{2}\/\d{4}; 2 tin/);
    expect(await count()).toBe(before + 2);

    // On purpose: the rows are added once more.
    const forced = await upload({ again: true }).expect(200);
    expect(forced.body.imported).toBe(2);
    expect(await count()).toBe(before + 4);

    // Once the first import's postings are all deleted, the same file imports again without asking.
    for (const id of first.body.ids) await employer.delete(`/api/postings/${id}`).expect(200);
    const fresh = await upload().expect(200);
    expect(fresh.body.imported).toBe(2);
  });

  it('refuses files without the template columns, and empty files', async () => {
    const bad = await employer
      .post('/api/postings/import')
      .attach('file', Buffer.from('a,b\n1,2\n'), { filename: 'x.csv' })
      .expect(400);
    expect(bad.body.code).toBe('IMPORT_COLUMNS');
    const empty = await employer
      .post('/api/postings/import')
      .attach('file', Buffer.from(`${header.join(',')}\n`), { filename: 'x.csv' })
      .expect(400);
    expect(empty.body.code).toBe('IMPORT_EMPTY');
    await t
      .agent()
      .post('/api/postings/import')
      .attach('file', Buffer.from('x'), { filename: 'x.csv' })
      .expect(401);
  });

  it('serves the templates with Vietnamese headers', async () => {
    const csv = await t.agent().get('/api/postings/import/template.csv').expect(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.text).toContain('Tiêu đề');
    expect(csv.text).toContain('Hạn nộp hồ sơ');
    const xlsx = await fetch(`${t.url}/api/postings/import/template.xlsx`);
    expect(xlsx.status).toBe(200);
    const { readSheet } = await import('read-excel-file/node');
    const rows = await readSheet(Buffer.from(await xlsx.arrayBuffer()));
    expect(rows[0]).toEqual(header);
  });
});
