import { ErrorEnvelope, ImportQuery, ImportResult } from '@ctn/shared';
import multipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import { toCsv } from '../../lib/csv';
import { AppError } from '../../lib/errors';
import { writeXlsx } from '../../lib/xlsx-writer';
import { importPostings, readSpreadsheet, templateRows } from './import';

const MAX_FILE_BYTES = 2 * 1024 * 1024;

const NO_FILE = {
  vi: 'Vui lòng chọn tệp .xlsx hoặc .csv để tải lên.',
  en: 'Please choose an .xlsx or .csv file to upload.',
};

/** POST /postings/import (multipart, field `file`) and the templates to fill in. */
export async function registerImportRoutes(app: FastifyInstance): Promise<void> {
  await app.register(multipart, { limits: { fileSize: MAX_FILE_BYTES, files: 1, fields: 5 } });
  const errors = {
    400: ErrorEnvelope,
    401: ErrorEnvelope,
    403: ErrorEnvelope,
    409: ErrorEnvelope,
    413: ErrorEnvelope,
  };

  app.post(
    '/postings/import',
    {
      config: { roles: ['employer'] as const },
      schema: {
        tags: ['postings'],
        summary:
          'Import postings from an .xlsx or .csv file (multipart field "file"). All or nothing: a 400 lists every bad row as fields "rows.<row>.<field>". The same rows are imported once: a repeat gets 409 IMPORT_DUPLICATE unless `again` is set.',
        consumes: ['multipart/form-data'],
        querystring: ImportQuery,
        response: { 200: ImportResult, ...errors },
      },
    },
    async (request) => {
      const file = await request.file();
      if (!file) throw new AppError(400, 'IMPORT_NO_FILE', NO_FILE);
      const data = await file.toBuffer();
      if (file.file.truncated) throw new AppError(413, 'PAYLOAD_TOO_LARGE');
      const query = request.query as { submit?: boolean; again?: boolean };
      // Options come in the query string or as form fields (a plain HTML form's checkboxes).
      const ticked = (name: 'submit' | 'again') => {
        const field = file.fields[name] as { value?: unknown } | undefined;
        return query[name] === true || field?.value === 'true' || field?.value === 'on';
      };
      const table = await readSpreadsheet(file.filename, data);
      return importPostings(app, request, table, { submit: ticked('submit'), again: ticked('again') });
    },
  );

  app.get(
    '/postings/import/template.csv',
    { config: { public: true }, schema: { tags: ['postings'], summary: 'Import template (CSV, UTF-8)' } },
    async (_request, reply) =>
      reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="mau-nhap-tin-tuyen-dung.csv"')
        .send(toCsv(templateRows()[0]!, templateRows().slice(1))),
  );

  app.get(
    '/postings/import/template.xlsx',
    { config: { public: true }, schema: { tags: ['postings'], summary: 'Import template (Excel)' } },
    async (_request, reply) =>
      reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', 'attachment; filename="mau-nhap-tin-tuyen-dung.xlsx"')
        .send(writeXlsx(templateRows(), 'Tin tuyển dụng')),
  );
}
