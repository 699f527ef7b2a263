import path from 'node:path';
import { type RunningFerretDB, startFerretDB } from './ferretdb';

/**
 * When MONGODB_URI is not set, start the embedded FerretDB on SQLite files in DATA_DIR/db and point
 * MONGODB_URI at it. Returns the running server (stop it on exit) or undefined when an external database
 * is configured.
 */
export async function useEmbeddedDatabaseIfNeeded(): Promise<RunningFerretDB | undefined> {
  if (process.env.MONGODB_URI) return undefined;
  const dataDir = path.resolve(process.env.DATA_DIR || 'data');
  const port = process.env.FERRETDB_PORT ? Number(process.env.FERRETDB_PORT) : undefined;
  try {
    const ferret = await startFerretDB({ dataDir: path.join(dataDir, 'db'), port });
    process.env.MONGODB_URI = `${ferret.uri}/chotinhnguoi`;
    console.log(
      `Embedded database: FerretDB on SQLite in ${path.relative(process.cwd(), path.join(dataDir, 'db')) || dataDir}`,
    );
    return ferret;
  } catch (error) {
    console.error(`Could not start the embedded database: ${(error as Error).message.split('\n')[0]}`);
    console.error(
      'Fix the problem above, or set MONGODB_URI to an existing MongoDB (e.g. MONGODB_URI=mongodb://localhost:27017/chotinhnguoi).',
    );
    process.exit(69);
  }
}

/** Reads .env from the project root if present (without overriding variables already set). */
export function loadDotEnv(): void {
  try {
    process.loadEnvFile('.env');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}
