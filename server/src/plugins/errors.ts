import {
  type Bilingual,
  COMMON_ERRORS,
  type CommonErrorCode,
  type ErrorEnvelope,
  type FieldError,
  fieldMessage,
  interpolate,
  type Locale,
} from '@ctn/shared';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from '../lib/errors';

/** The subset of an Ajv error we read (Fastify passes them through on `error.validation`). */
interface SchemaViolation {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  parentSchema?: Record<string, unknown>;
}

function pathToField(instancePath: string): string {
  return instancePath.replace(/^\//, '').replace(/\//g, '.');
}

/**
 * Turns schema violations into per-field messages in the request's language. A schema may carry
 * `x-message` (a FIELD_MESSAGES key or a { vi, en } pair) to replace the generic sentence, e.g. for a tax
 * code pattern.
 */
export function describeViolations(violations: SchemaViolation[], locale: Locale): FieldError[] {
  const seen = new Set<string>();
  const fields: FieldError[] = [];
  for (const v of violations) {
    let field = pathToField(v.instancePath);
    const params: Record<string, string | number> = {};
    if (typeof v.params.limit === 'number') params.limit = v.params.limit;
    if (v.keyword === 'required' && typeof v.params.missingProperty === 'string') {
      field = field ? `${field}.${v.params.missingProperty}` : v.params.missingProperty;
    }
    if (v.keyword === 'additionalProperties' && typeof v.params.additionalProperty === 'string') {
      params.property = v.params.additionalProperty;
    }
    const key = `${field}\u0000${v.keyword}`;
    if (seen.has(key)) continue;
    seen.add(key);

    const custom = v.keyword !== 'required' ? v.parentSchema?.['x-message'] : undefined;
    let message: string;
    if (custom && typeof custom === 'object') message = interpolate((custom as Bilingual)[locale], params);
    else if (typeof custom === 'string') message = fieldMessage(custom, locale, params);
    else if (v.keyword === 'format')
      message = fieldMessage(`format.${String(v.params.format)}`, locale, params);
    else message = fieldMessage(v.keyword, locale, params);
    fields.push({ field, code: v.keyword, message });
  }
  return fields;
}

function envelope(
  request: FastifyRequest,
  statusCode: number,
  code: string,
  message: Bilingual,
  params: Record<string, string | number> = {},
  fields?: FieldError[],
): ErrorEnvelope {
  const body: ErrorEnvelope = {
    statusCode,
    code,
    message: interpolate(message[request.locale], { requestId: request.id, ...params }),
    requestId: request.id,
  };
  if (fields?.length) body.fields = fields;
  return body;
}

/** Fastify's own 4xx errors, mapped to our codes. */
const FASTIFY_CODES: Record<string, CommonErrorCode> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'BAD_REQUEST',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'BAD_REQUEST',
  FST_ERR_CTP_INVALID_JSON_BODY: 'BAD_REQUEST',
  FST_ERR_RATE_LIMIT_EXCEEDED: 'RATE_LIMITED',
};

function statusToCode(status: number): CommonErrorCode {
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  if (status === 405) return 'METHOD_NOT_ALLOWED';
  if (status === 409) return 'CONFLICT';
  if (status === 413) return 'PAYLOAD_TOO_LARGE';
  if (status === 415) return 'UNSUPPORTED_MEDIA_TYPE';
  if (status === 429) return 'RATE_LIMITED';
  if (status === 503) return 'SERVICE_UNAVAILABLE';
  return 'BAD_REQUEST';
}

export function sendError(request: FastifyRequest, reply: FastifyReply, error: unknown) {
  if (error instanceof AppError) {
    if (error.headers) reply.headers(error.headers);
    const fields = error.fields?.map((f) => ({
      field: f.field,
      code: f.code,
      message: interpolate(f.message[request.locale], f.params),
    }));
    return reply
      .code(error.statusCode)
      .send(envelope(request, error.statusCode, error.code, error.bilingual, error.params, fields));
  }

  const err = error as FastifyError & {
    validation?: SchemaViolation[];
    name?: string;
    code?: string | number;
  };
  if (err.validation) {
    const fields = describeViolations(err.validation, request.locale);
    return reply
      .code(400)
      .send(envelope(request, 400, 'VALIDATION_FAILED', COMMON_ERRORS.VALIDATION_FAILED, {}, fields));
  }
  // sanitizeFilter turns an injected operator into a value that fails casting: a client error, not ours.
  if (err.name === 'CastError' || err.name === 'StrictModeError') {
    return reply.code(400).send(envelope(request, 400, 'BAD_REQUEST', COMMON_ERRORS.BAD_REQUEST));
  }
  if ((error as { code?: unknown }).code === 11000) {
    return reply.code(409).send(envelope(request, 409, 'CONFLICT', COMMON_ERRORS.CONFLICT));
  }
  const status = typeof err.statusCode === 'number' ? err.statusCode : 500;
  if (status >= 400 && status < 500) {
    const code = (typeof err.code === 'string' && FASTIFY_CODES[err.code]) || statusToCode(status);
    const params: Record<string, string | number> = {};
    if (code === 'RATE_LIMITED') params.retryAfter = `${String(reply.getHeader('retry-after') ?? 60)} s`;
    return reply.code(status).send(envelope(request, status, code, COMMON_ERRORS[code], params));
  }
  request.log.error({ err: error }, 'unhandled error');
  const code = status === 503 ? 'SERVICE_UNAVAILABLE' : 'INTERNAL';
  return reply
    .code(Math.max(status, 500))
    .send(envelope(request, Math.max(status, 500), code, COMMON_ERRORS[code]));
}

/** One error handler and one not-found handler for the whole API: every failure has the same shape. */
export default fp(
  async (app) => {
    app.setErrorHandler((error, request, reply) => sendError(request, reply, error));
    app.setNotFoundHandler((request, reply) =>
      reply.code(404).send(envelope(request, 404, 'NOT_FOUND', COMMON_ERRORS.NOT_FOUND)),
    );
  },
  { name: 'errors', dependencies: ['i18n'] },
);
