import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Everything the server reads from the environment, validated once at start-up. A bad value stops the
 * process with one line naming the variable, the value and what to set instead (see .env.example).
 */
export interface Config {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  /** Origin people use in their browser; links in emails and the CSRF origin check use it. */
  publicUrl: string;
  mongodbUri: string;
  meili: { url: string; key: string | undefined; indexPrefix: string } | undefined;
  smtpUrl: string | undefined;
  mailFrom: string;
  dataDir: string;
  sessionSecret: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  trustProxy: boolean;
  /** Directory of the SvelteKit adapter-node build served on the same port; undefined = API only. */
  webBuildDir: string | undefined;
  /** Create missing indexes at start (development and tests); production syncs them at deploy. */
  syncIndexes: boolean;
  /** Run background loops (mail sender, search sync, sweepers). Tests switch them off to drive them by hand. */
  backgroundJobs: boolean;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

type Env = Record<string, string | undefined>;

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

function readPort(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!/^\d+$/.test(raw) || !Number.isInteger(port) || port < 1 || port > 65535) {
    throw new ConfigError(
      `${name}="${raw}" is not a valid port: set ${name} to a number between 1 and 65535, e.g. ${name}=${fallback}.`,
    );
  }
  return port;
}

function readUrl(env: Env, name: string, protocols: string[], example: string): string | undefined {
  const raw = env[name]?.trim();
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`${name}="${raw}" is not a URL: set it like ${name}=${example}.`);
  }
  if (!protocols.includes(url.protocol)) {
    throw new ConfigError(
      `${name}="${raw}" must start with ${protocols.map((p) => `${p}//`).join(' or ')}, e.g. ${name}=${example}.`,
    );
  }
  return raw;
}

function readBool(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  throw new ConfigError(`${name}="${env[name]}" must be true or false.`);
}

/** A development secret is generated once and kept in DATA_DIR so sessions survive restarts. */
function developmentSecret(dataDir: string): string {
  const file = path.join(dataDir, 'session-secret');
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    const secret = randomBytes(32).toString('base64url');
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, secret, { mode: 0o600 });
    return secret;
  }
}

export function loadConfig(env: Env = process.env): Config {
  const nodeEnv = env.NODE_ENV?.trim() || 'development';
  if (nodeEnv !== 'development' && nodeEnv !== 'production' && nodeEnv !== 'test') {
    throw new ConfigError(`NODE_ENV="${nodeEnv}" is not supported: use development, production or test.`);
  }
  const port = readPort(env, 'PORT', 3000);
  const host = env.HOST?.trim() || '127.0.0.1';
  const dataDir = path.resolve(env.DATA_DIR?.trim() || 'data');

  const mongodbUri = readUrl(
    env,
    'MONGODB_URI',
    ['mongodb:', 'mongodb+srv:'],
    'mongodb://localhost:27017/chotinhnguoi',
  );
  if (!mongodbUri) {
    throw new ConfigError(
      'MONGODB_URI is not set: run `npm start` (it starts an embedded FerretDB for you) or set MONGODB_URI=mongodb://host:27017/chotinhnguoi.',
    );
  }
  if (!new URL(mongodbUri.replace(/^mongodb\+srv:/, 'mongodb:')).pathname.replace('/', '')) {
    throw new ConfigError(
      `MONGODB_URI="${mongodbUri}" has no database name: add one, e.g. ${mongodbUri.replace(/\/?$/, '/chotinhnguoi')}.`,
    );
  }

  const meiliUrl = readUrl(env, 'MEILI_URL', ['http:', 'https:'], 'http://localhost:7700');
  const smtpUrl = readUrl(env, 'SMTP_URL', ['smtp:', 'smtps:'], 'smtp://user:pass@smtp.example.vn:587');

  const publicUrl =
    readUrl(env, 'PUBLIC_URL', ['http:', 'https:'], 'https://vieclam.example.gov.vn') ??
    `http://${host === '0.0.0.0' || host === '127.0.0.1' ? 'localhost' : host}:${port}`;

  const logLevel = (env.LOG_LEVEL?.trim() || (nodeEnv === 'test' ? 'silent' : 'info')) as Config['logLevel'];
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new ConfigError(`LOG_LEVEL="${logLevel}" is not supported: use one of ${LOG_LEVELS.join(', ')}.`);
  }

  let sessionSecret = env.SESSION_SECRET?.trim();
  if (!sessionSecret) {
    if (nodeEnv === 'production') {
      throw new ConfigError(
        'SESSION_SECRET is required in production: set it to a random string of 32+ characters (e.g. `openssl rand -base64 32`).',
      );
    }
    sessionSecret = nodeEnv === 'test' ? 'test-secret-test-secret-test-secret' : developmentSecret(dataDir);
  } else if (sessionSecret.length < 32) {
    throw new ConfigError(
      'SESSION_SECRET is too short: use at least 32 random characters (e.g. `openssl rand -base64 32`).',
    );
  }

  const serveWeb = readBool(env, 'SERVE_WEB', true);
  const webBuildDir = serveWeb ? path.resolve(env.WEB_BUILD_DIR?.trim() || 'web/build') : undefined;

  return {
    env: nodeEnv,
    host,
    port,
    publicUrl: publicUrl.replace(/\/$/, ''),
    mongodbUri,
    meili: meiliUrl
      ? {
          url: meiliUrl,
          key: env.MEILI_KEY?.trim() || undefined,
          indexPrefix: env.MEILI_INDEX_PREFIX?.trim() || 'ctn_',
        }
      : undefined,
    smtpUrl,
    mailFrom: env.MAIL_FROM?.trim() || 'Chợ Tình Người <no-reply@chotinhnguoi.local>',
    dataDir,
    sessionSecret,
    logLevel,
    trustProxy: readBool(env, 'TRUST_PROXY', false),
    webBuildDir,
    syncIndexes: readBool(env, 'SYNC_INDEXES', nodeEnv !== 'production'),
    backgroundJobs: readBool(env, 'BACKGROUND_JOBS', nodeEnv !== 'test'),
  };
}
