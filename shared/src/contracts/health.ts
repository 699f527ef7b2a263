import { type Static, Type } from 'typebox';

export const DependencyHealth = Type.Object({
  ok: Type.Boolean(),
  engine: Type.String({ description: 'What serves this dependency, e.g. "FerretDB 1.24.2 (SQLite)"' }),
  latencyMs: Type.Optional(Type.Number()),
  detail: Type.Optional(Type.String()),
});

export const HealthResponse = Type.Object({
  ok: Type.Boolean(),
  version: Type.String(),
  uptimeSeconds: Type.Number(),
  dependencies: Type.Object({ db: DependencyHealth, search: DependencyHealth, mail: DependencyHealth }),
});
export type HealthResponse = Static<typeof HealthResponse>;
