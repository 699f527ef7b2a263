import { type Static, type TSchema, Type } from 'typebox';

/**
 * A string restricted to a list: `{ type: 'string', enum: [...] }` in JSON Schema (clear OpenAPI, one
 * "choose from the list" message), typed as the union of the values.
 */
export function StringEnum<const T extends readonly string[]>(
  values: T,
  options: Record<string, unknown> = {},
) {
  return Type.Unsafe<T[number]>({ type: 'string', enum: [...values], ...options });
}

/** Ids cross the wire as strings (MongoDB ObjectId hex). */
export const ObjectIdString = Type.String({
  pattern: '^[a-f0-9]{24}$',
  description: 'Object id (24 hex characters)',
});

/** Dates cross the wire as ISO 8601 strings. */
export const IsoDateTime = Type.String({ format: 'date-time', description: 'ISO 8601 date-time' });
export const IsoDate = Type.String({ format: 'date', description: 'Calendar date YYYY-MM-DD' });

export const IdParams = Type.Object({ id: ObjectIdString });
export type IdParams = Static<typeof IdParams>;

export const FieldErrorSchema = Type.Object({
  field: Type.String(),
  code: Type.String(),
  message: Type.String(),
});

/** The one error envelope every endpoint answers with; `fields` is present on validation failures. */
export const ErrorEnvelope = Type.Object(
  {
    statusCode: Type.Integer(),
    code: Type.String({ description: 'Stable machine-readable error code, e.g. VALIDATION_FAILED' }),
    message: Type.String({ description: "Human message in the request's language (Vietnamese by default)" }),
    requestId: Type.String(),
    fields: Type.Optional(Type.Array(FieldErrorSchema)),
  },
  { $id: 'ErrorEnvelope', description: 'Error response' },
);
export type ErrorEnvelope = Static<typeof ErrorEnvelope>;

export const PageQuery = Type.Object({
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 10_000, default: 1 })),
  pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
});
export type PageQuery = Static<typeof PageQuery>;

/** A page of results: `total` counts all matches so clients can show "trang 2/7". */
export function Page<T extends TSchema>(item: T) {
  return Type.Object({
    items: Type.Array(item),
    total: Type.Integer({ minimum: 0 }),
    page: Type.Integer({ minimum: 1 }),
    pageSize: Type.Integer({ minimum: 1 }),
  });
}
export interface PageOf<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export const OkResponse = Type.Object({ ok: Type.Literal(true) });
