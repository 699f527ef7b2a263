import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

const base = { NODE_ENV: 'test', MONGODB_URI: 'mongodb://127.0.0.1:27017/ctn' };

describe('loadConfig', () => {
  it('uses defaults for everything optional', () => {
    const config = loadConfig(base);
    expect(config.port).toBe(3000);
    expect(config.meili).toBeUndefined();
    expect(config.smtpUrl).toBeUndefined();
    expect(config.publicUrl).toBe('http://localhost:3000');
  });

  it('names the variable, the bad value and the fix', () => {
    expect(() => loadConfig({ ...base, PORT: 'abc' })).toThrow(ConfigError);
    expect(() => loadConfig({ ...base, PORT: 'abc' })).toThrow(
      /PORT="abc" is not a valid port: set PORT to a number/,
    );
    expect(() => loadConfig({ ...base, MONGODB_URI: 'localhost:27017' })).toThrow(
      /MONGODB_URI.*mongodb:\/\//,
    );
    expect(() => loadConfig({ ...base, MONGODB_URI: 'mongodb://db:27017' })).toThrow(/no database name/);
    expect(() => loadConfig({ ...base, MEILI_URL: 'ftp://x' })).toThrow(/MEILI_URL/);
    expect(() => loadConfig({ ...base, LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL/);
  });

  it('explains how to get a database when MONGODB_URI is missing', () => {
    expect(() => loadConfig({ NODE_ENV: 'test' })).toThrow(/npm start/);
  });

  it('requires a strong SESSION_SECRET in production', () => {
    expect(() => loadConfig({ ...base, NODE_ENV: 'production' })).toThrow(/SESSION_SECRET is required/);
    expect(() => loadConfig({ ...base, NODE_ENV: 'production', SESSION_SECRET: 'short' })).toThrow(
      /too short/,
    );
  });

  it('reads Meilisearch and SMTP settings', () => {
    const config = loadConfig({
      ...base,
      MEILI_URL: 'http://localhost:7700',
      MEILI_KEY: 'k',
      SMTP_URL: 'smtp://localhost:2525',
    });
    expect(config.meili).toEqual({ url: 'http://localhost:7700', key: 'k', indexPrefix: 'ctn_' });
    expect(config.smtpUrl).toBe('smtp://localhost:2525');
  });
});
