import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

describe('HTTP basics', () => {
  it('reports every dependency with its engine name on /api/health', async () => {
    const res = await t.agent().get('/api/health').expect(200);
    expect(res.body.ok).toBe(true);
    expect(res.body.dependencies.db.engine).toMatch(/^(FerretDB v1\.24\.2|MongoDB )/);
    expect(res.body.dependencies.db.ok).toBe(true);
    // No SMTP_URL in tests: mail goes to .eml files in the test's DATA_DIR.
    expect(res.body.dependencies.mail).toMatchObject({
      ok: true,
      engine: expect.stringMatching(/^files in .+mail$/),
    });
    expect(res.headers['x-request-id']).toBeTruthy();
  });

  it('answers unknown API paths with the JSON error envelope in Vietnamese by default', async () => {
    const res = await t.agent().get('/api/khong-co').expect(404);
    expect(res.body).toEqual({
      statusCode: 404,
      code: 'NOT_FOUND',
      message: expect.stringContaining('Không tìm thấy'),
      requestId: res.headers['x-request-id'],
    });
  });

  it('answers in English when the client asks for it', async () => {
    const res = await t.agent().get('/api/khong-co').set('accept-language', 'en-US,en;q=0.9').expect(404);
    expect(res.body.message).toMatch(/could not find/);
  });

  it('keeps a valid incoming request id and replaces an unsafe one', async () => {
    const kept = await t.agent().get('/api/health').set('x-request-id', 'abc-123-def-456');
    expect(kept.headers['x-request-id']).toBe('abc-123-def-456');
    const replaced = await t.agent().get('/api/health').set('x-request-id', 'bad id <script>');
    // A fresh id of our own instead (a UUID: its hex digits may spell "bad" by chance, so compare whole).
    expect(replaced.headers['x-request-id']).not.toBe('bad id <script>');
    expect(replaced.headers['x-request-id']).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    );
  });

  it('sets security headers and no CORS headers', async () => {
    const res = await t.agent().get('/api/health').set('origin', 'https://evil.example');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'none'");
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('serves an OpenAPI document generated from the route schemas', async () => {
    const res = await t.agent().get('/api/docs').expect(200);
    expect(res.body.openapi).toMatch(/^3\./);
    expect(res.body.paths['/api/health']).toBeDefined();
  });

  it('rejects a cookie-carrying state change from another origin (CSRF)', async () => {
    const res = await t
      .agent()
      .post('/api/health')
      .set('origin', 'https://evil.example')
      .set('cookie', 'ctn_session=x');
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('CSRF_REJECTED');
  });
});
