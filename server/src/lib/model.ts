import type { Connection, Schema } from 'mongoose';

/**
 * Binds a schema to a connection lazily. Every app instance has its own connection (tests run two
 * instances in one process), so modules export `fooModel(connection)` instead of a global model. The
 * model's type is what mongoose infers from the inline schema.
 */
export function defineModel<S extends Schema>(name: string, schema: S, collection?: string) {
  const build = (connection: Connection) => connection.model(name, schema, collection);
  return (connection: Connection): ReturnType<typeof build> =>
    (connection.models[name] as ReturnType<typeof build> | undefined) ?? build(connection);
}

/** An id as services pass it around: an ObjectId from a document, or its hex string from a URL or session. */
export type Id = import('mongoose').Types.ObjectId | string;
