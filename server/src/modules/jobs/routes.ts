import {
  EmployerProfileResponse,
  ErrorEnvelope,
  findOccupations,
  findSkills,
  IdParams,
  JobDetail,
  JobSearchQuery,
  JobSearchResponse,
  OccupationOption,
  SkillOption,
  skillsForOccupation,
  TaxonomyQuery,
} from '@ctn/shared';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { getEmployerProfile } from './profile';
import { getJobDetail, searchJobs } from './service';

const errors = { 400: ErrorEnvelope, 404: ErrorEnvelope };

/** The public job board, companies' public pages, and taxonomy look-ups for forms (all public). */
const jobRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const open = { public: true };

  app.get(
    '/jobs',
    {
      config: open,
      schema: {
        tags: ['jobs'],
        summary:
          'Search open postings: typo- and diacritic-tolerant text, filters, facet counts, sorts, highlights',
        querystring: JobSearchQuery,
        response: { 200: JobSearchResponse, ...errors },
      },
    },
    async (request) => searchJobs(app, request.query, request.locale),
  );

  app.get(
    '/jobs/:id',
    {
      config: open,
      schema: { tags: ['jobs'], params: IdParams, response: { 200: JobDetail, ...errors } },
    },
    async (request) => getJobDetail(app, request.actor, request.params.id),
  );

  app.get(
    '/employers/:id/profile',
    {
      config: open,
      schema: {
        tags: ['jobs', 'employers'],
        summary: "A verified company's public page: badges and open postings",
        params: IdParams,
        response: { 200: EmployerProfileResponse, ...errors },
      },
    },
    async (request) => getEmployerProfile(app, request.actor, request.params.id, request.locale),
  );

  app.get(
    '/taxonomy/occupations',
    {
      config: open,
      schema: {
        tags: ['taxonomy'],
        summary: 'Occupation typeahead (VSCO unit groups), with or without diacritics',
        querystring: TaxonomyQuery,
        response: { 200: Type.Array(OccupationOption) },
      },
    },
    async (request) =>
      findOccupations(request.query.q ?? '', { levels: [4], limit: request.query.limit ?? 10 }).map((o) => ({
        code: o.code,
        level: o.level,
        name: o.nameVi,
        nameEn: o.nameEn,
      })),
  );

  app.get(
    '/taxonomy/skills',
    {
      config: open,
      schema: {
        tags: ['taxonomy'],
        summary: 'Skill typeahead; with `occupation`, the skills typical for it first',
        querystring: TaxonomyQuery,
        response: { 200: Type.Array(SkillOption) },
      },
    },
    async (request) => {
      const limit = request.query.limit ?? 10;
      const q = request.query.q?.trim() ?? '';
      const typical = request.query.occupation ? skillsForOccupation(request.query.occupation) : [];
      const found = q ? findSkills(q, { limit: 50 }) : typical;
      const preferred = new Set(typical.map((s) => s.id));
      return [...found]
        .sort((a, b) => Number(preferred.has(b.id)) - Number(preferred.has(a.id)))
        .slice(0, limit)
        .map((s) => ({ id: s.id, name: s.nameVi, nameEn: s.nameEn }));
    },
  );
};

export default jobRoutes;
