import { type Bilingual, COMMON_ERRORS, type CommonErrorCode } from '@ctn/shared';

/** A field problem found by a service rule (the schema-level ones come from Ajv). */
export interface FieldIssue {
  field: string;
  code: string;
  message: Bilingual;
  params?: Record<string, string | number>;
}

/**
 * The errors services throw. The error handler turns them into the one envelope
 * `{ statusCode, code, message, requestId }` in the request's language; anything else becomes a 500
 * whose details stay in the log.
 */
export class AppError extends Error {
  readonly statusCode: number;
  readonly code: string;
  readonly bilingual: Bilingual;
  readonly params: Record<string, string | number> | undefined;
  readonly fields: FieldIssue[] | undefined;
  readonly headers: Record<string, string> | undefined;

  constructor(
    statusCode: number,
    code: string,
    message?: Bilingual,
    options: {
      params?: Record<string, string | number>;
      fields?: FieldIssue[];
      headers?: Record<string, string>;
    } = {},
  ) {
    const bilingual = message ?? COMMON_ERRORS[code as CommonErrorCode] ?? COMMON_ERRORS.BAD_REQUEST;
    super(bilingual.en);
    this.name = 'AppError';
    this.statusCode = statusCode;
    this.code = code;
    this.bilingual = bilingual;
    this.params = options.params;
    this.fields = options.fields;
    this.headers = options.headers;
  }
}

export class BadRequestError extends AppError {
  constructor(code = 'BAD_REQUEST', message?: Bilingual, params?: Record<string, string | number>) {
    super(400, code, message, { params });
  }
}

/** 400 with field-level problems, e.g. a wage below the regional minimum. */
export class ValidationError extends AppError {
  constructor(fields: FieldIssue[], message?: Bilingual) {
    super(400, 'VALIDATION_FAILED', message, { fields });
  }
}

export class UnauthenticatedError extends AppError {
  constructor(code = 'UNAUTHENTICATED', message?: Bilingual) {
    super(401, code, message);
  }
}

export class ForbiddenError extends AppError {
  constructor(code = 'FORBIDDEN', message?: Bilingual) {
    super(403, code, message);
  }
}

/**
 * 404 — also what someone gets for another person's object: we never confirm that an id exists to a
 * user who may not see it.
 */
export class NotFoundError extends AppError {
  constructor(code = 'NOT_FOUND', message?: Bilingual) {
    super(404, code, message);
  }
}

export class ConflictError extends AppError {
  constructor(code = 'CONFLICT', message?: Bilingual, params?: Record<string, string | number>) {
    super(409, code, message, { params });
  }
}

export class TooManyRequestsError extends AppError {
  constructor(retryAfterSeconds: number, code = 'RATE_LIMITED', message?: Bilingual) {
    super(429, code, message, {
      params: { retryAfter: formatWait(retryAfterSeconds) },
      headers: { 'retry-after': String(Math.ceil(retryAfterSeconds)) },
    });
  }
}

/** "45 giây" / "3 phút" in Vietnamese; the English message uses the same number. */
function formatWait(seconds: number): string {
  const s = Math.max(1, Math.ceil(seconds));
  return s < 90 ? `${s} s` : `${Math.ceil(s / 60)} min`;
}
