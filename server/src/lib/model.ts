import type { Connection, Model, Schema } from 'mongoose';

/** The model type mongoose infers for a schema written inline with `new Schema({...})`. */
// biome-ignore lint/suspicious/noExplicitAny: any model type qualifies here
export type ModelOf<S> = S extends Schema<infer _Raw, infer M> ? (M extends Model<any> ? M : never) : never;

/**
 * Binds a schema to a connection lazily. Every app instance has its own connection (tests run two
 * instances in one process), so modules export `fooModel(connection)` instead of a global model.
 */
export function defineModel<S extends Schema>(name: string, schema: S, collection?: string) {
  return (connection: Connection): ModelOf<S> =>
    (connection.models[name] ?? connection.model(name, schema, collection)) as unknown as ModelOf<S>;
}
