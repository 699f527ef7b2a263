import fp from 'fastify-plugin';
import mongoose, { type Connection } from 'mongoose';

// Defence in depth against operator injection: user input can never smuggle `$ne`/`$gt` into a filter
// (services mark their own operators with mongoose.trusted()), and unknown filter keys are an error.
mongoose.set('sanitizeFilter', true);
mongoose.set('strictQuery', 'throw');

export interface Database {
  connection: Connection;
  /** "FerretDB v1.24.2" or "MongoDB 8.0.4": shown by /api/health. */
  engine: string;
  /** True on real MongoDB; enables extras FerretDB lacks (TTL indexes). */
  isMongoDB: boolean;
  ping(): Promise<number>;
  /** Creates the indexes declared on every registered model (idempotent). */
  syncIndexes(): Promise<void>;
}

declare module 'fastify' {
  interface FastifyInstance {
    db: Database;
  }
}

export async function connectDatabase(uri: string): Promise<Database> {
  // One connection per app instance (not mongoose's global one) so two instances can share a process in tests.
  const connection = mongoose.createConnection(uri, {
    serverSelectionTimeoutMS: 5_000,
    autoIndex: false,
    autoCreate: false,
    maxPoolSize: 20,
  });
  try {
    await connection.asPromise();
  } catch (error) {
    await connection.close().catch(() => {});
    const host = new URL(uri.replace(/^mongodb\+srv:/, 'mongodb:')).host;
    throw new DatabaseUnavailableError(host, error);
  }
  const info = (await connection.db!.admin().command({ buildInfo: 1 })) as {
    version?: string;
    ferretdbVersion?: string;
  };
  const engine = info.ferretdbVersion ? `FerretDB ${info.ferretdbVersion}` : `MongoDB ${info.version ?? '?'}`;
  return {
    connection,
    engine,
    isMongoDB: !info.ferretdbVersion,
    async ping() {
      const started = performance.now();
      await connection.db!.command({ ping: 1 });
      return performance.now() - started;
    },
    async syncIndexes() {
      for (const model of Object.values(connection.models)) {
        await model.createCollection().catch((error: { code?: number }) => {
          if (error.code !== 48) throw error; // NamespaceExists
        });
        await model.createIndexes();
      }
    },
  };
}

export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError';
  constructor(host: string, cause: unknown) {
    super(
      `Cannot reach the database at ${host} (${(cause as Error)?.message ?? cause}). Check MONGODB_URI, or unset it and run \`npm start\` to use the embedded FerretDB.`,
    );
  }
}

export default fp<{ database?: Database }>(
  async (app, options) => {
    const database = options.database ?? (await connectDatabase(app.config.mongodbUri));
    app.decorate('db', database);
    app.addHook('onReady', async () => {
      if (app.config.syncIndexes) await database.syncIndexes();
    });
    app.addHook('onClose', async () => {
      await database.connection.close();
    });
  },
  { name: 'db', dependencies: ['config'] },
);
