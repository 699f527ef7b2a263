import type { FastifyInstance } from 'fastify';
import { accountsSeeder } from '../modules/accounts/seed';
import { applicationsSeeder } from '../modules/applications/seed';
import { fairsSeeder } from '../modules/fairs/seed';
import { postingsSeeder } from '../modules/postings/seed';

export interface SeedReport {
  /** Lines printed after seeding, e.g. demo sign-ins per role. */
  lines: string[];
}

export interface Seeder {
  name: string;
  /** Inserts demo data unless it is already there (idempotent). */
  run(app: FastifyInstance, report: SeedReport): Promise<void>;
}

/** Demo data, in dependency order. Each module adds its seeder here. */
const seeders: Seeder[] = [accountsSeeder, postingsSeeder, applicationsSeeder, fairsSeeder];

/**
 * Loads realistic demo data into an empty database (and nothing twice). `reset` drops the database first.
 */
export async function seedDemoData(
  app: FastifyInstance,
  options: { reset?: boolean } = {},
): Promise<SeedReport> {
  if (options.reset) {
    await app.db.connection.dropDatabase();
    await app.db.syncIndexes();
  }
  const report: SeedReport = { lines: [] };
  for (const seeder of seeders) await seeder.run(app, report);
  return report;
}
