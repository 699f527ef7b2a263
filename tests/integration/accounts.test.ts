import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userModel } from '../../server/src/modules/accounts/model';
import { startTestApp, type TestApp } from '../helpers/app';
import { createWorld, PASSWORD, signIn, type World } from '../helpers/people';
import { startSmtpServer, type TestSmtpServer } from '../helpers/smtp';

let t: TestApp;
let smtp: TestSmtpServer;
let world: World;

beforeAll(async () => {
  smtp = await startSmtpServer();
  t = await startTestApp({ env: { SMTP_URL: smtp.url } });
  world = await createWorld(t);
});
afterAll(async () => {
  await t?.close();
  await smtp?.close();
});

/** The outbox is delivered by a background loop in production; tests run it on demand. */
async function deliverMail() {
  await t.app.mail.deliverDue();
}

describe('sign-in', () => {
  it('signs in by email and sets an HttpOnly, SameSite=Lax session cookie', async () => {
    const agent = t.agent();
    const res = await agent
      .post('/api/auth/sign-in')
      .send({ identifier: 'CanBo1@Test.vn ', password: PASSWORD })
      .expect(200);
    expect(res.body.user).toMatchObject({
      id: world.people.counselor.id,
      roles: ['counselor'],
      provinceCodes: ['24'],
    });
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/ctn_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const session = await agent.get('/api/auth/session').expect(200);
    expect(session.body.user.id).toBe(world.people.counselor.id);
  });

  it('accepts a Vietnamese phone number in any common format', async () => {
    for (const phone of ['0912 345 678', '+84912345678', '84912345678', '0912.345.678']) {
      const res = await t.agent().post('/api/auth/sign-in').send({ identifier: phone, password: PASSWORD });
      expect(res.status, phone).toBe(200);
      expect(res.body.user.returneeId).toBe(world.returnees.minh);
    }
  });

  it('gives the same answer for a wrong password and an unknown account (no enumeration)', async () => {
    const wrong = await t
      .agent()
      .post('/api/auth/sign-in')
      .send({ identifier: 'tochuc@test.vn', password: 'sai-mat-khau' })
      .expect(401);
    const unknown = await t
      .agent()
      .post('/api/auth/sign-in')
      .send({ identifier: 'khong-ai@test.vn', password: 'sai-mat-khau' })
      .expect(401);
    expect(wrong.body.code).toBe('INVALID_CREDENTIALS');
    expect(unknown.body.code).toBe(wrong.body.code);
    expect(unknown.body.message).toBe(wrong.body.message);
    expect(wrong.headers['set-cookie']).toBeUndefined();
  });

  it('refuses operator injection with a 400 and no session', async () => {
    for (const body of [
      { identifier: { $ne: null }, password: PASSWORD },
      { identifier: 'tochuc@test.vn', password: { $ne: null } },
      { email: { $ne: null }, password: PASSWORD },
    ]) {
      const res = await t.agent().post('/api/auth/sign-in').send(body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.headers['set-cookie']).toBeUndefined();
    }
  });

  it('explains field errors in the request language', async () => {
    const vi = await t.agent().post('/api/auth/sign-in').send({ password: 'x' }).expect(400);
    expect(vi.body.fields).toContainEqual({
      field: 'identifier',
      code: 'required',
      message: 'Vui lòng nhập thông tin này.',
    });
    const en = await t
      .agent()
      .post('/api/auth/sign-in')
      .set('accept-language', 'en')
      .send({ password: 'x' })
      .expect(400);
    expect(en.body.fields).toContainEqual({
      field: 'identifier',
      code: 'required',
      message: 'This field is required.',
    });
  });

  it('pauses sign-in for an identifier after five wrong passwords, even for unknown accounts', async () => {
    for (const identifier of ['lanhdao@test.vn', 'nobody-at-all@test.vn']) {
      for (let i = 0; i < 5; i++) {
        await t
          .agent()
          .post('/api/auth/sign-in')
          .send({ identifier, password: `wrong-${i}` })
          .expect(401);
      }
      const locked = await t.agent().post('/api/auth/sign-in').send({ identifier, password: PASSWORD });
      expect(locked.status, identifier).toBe(429);
      expect(locked.body.code).toBe('SIGN_IN_LOCKED');
      expect(locked.body.message).toMatch(/tạm khóa/);
      expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    }
  });

  it('limits sign-in attempts per client address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 31; i++) {
      const res = await t
        .agent('192.0.2.7')
        .post('/api/auth/sign-in')
        .send({ identifier: `someone${i}@test.vn`, password: 'x' });
      statuses.push(res.status);
    }
    expect(statuses.slice(0, 30).every((s) => s === 401)).toBe(true);
    expect(statuses[30]).toBe(429);
    const other = await t
      .agent('192.0.2.8')
      .post('/api/auth/sign-in')
      .send({ identifier: 'someone@test.vn', password: 'x' });
    expect(other.status).toBe(401);
  });

  it('signs out here, or everywhere', async () => {
    const phone = await signIn(t, 'tuyendung@b.vn');
    const laptop = await signIn(t, 'tuyendung@b.vn');
    await phone.post('/api/auth/sign-out').expect(200);
    expect((await phone.get('/api/auth/session')).body.user).toBeNull();
    expect((await laptop.get('/api/auth/session')).body.user).not.toBeNull();

    const tablet = await signIn(t, 'tuyendung@b.vn');
    await laptop.post('/api/auth/sign-out-everywhere').expect(200);
    expect((await tablet.get('/api/account')).status).toBe(401);
  });

  it('refuses state changes from another origin when a session cookie is sent (CSRF)', async () => {
    const agent = await signIn(t, 'admin24@test.vn');
    const res = await agent.post('/api/auth/sign-out-everywhere').set('origin', 'https://evil.example');
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('CSRF_REJECTED');
    expect((await agent.get('/api/auth/session')).body.user).not.toBeNull();
  });
});

describe('employer self-registration', () => {
  const base = {
    companyName: 'Công ty TNHH Xây dựng Bình Minh',
    provinceCode: '24',
    contactName: 'Ngô Văn Bình',
    email: 'nhansu@binhminh.vn',
    phone: '0987 111 222',
    password: 'mot cau de nho 2026',
    fairChancePledge: true,
  };

  it('validates the tax code check digit with a field message', async () => {
    const res = await t
      .agent()
      .post('/api/register/employer')
      .send({ ...base, taxCode: '0100109107' })
      .expect(400);
    expect(res.body.fields[0]).toMatchObject({ field: 'taxCode', code: 'tax_code_checksum' });
    const format = await t
      .agent()
      .post('/api/register/employer')
      .send({ ...base, taxCode: '12345' })
      .expect(400);
    expect(format.body.fields[0].field).toBe('taxCode');
    expect(format.body.fields[0].message).toMatch(/10 chữ số/);
  });

  it('registers an unverified company that an admin of its province verifies', async () => {
    const agent = t.agent();
    const res = await agent
      .post('/api/register/employer')
      .send({ ...base, taxCode: '0100109106-001' })
      .expect(201);
    expect(res.body.user.roles).toEqual(['employer']);
    const employerId = res.body.employerId;

    const hanoiAdmin = await signIn(t, 'admin01@test.vn');
    await hanoiAdmin.post(`/api/admin/employers/${employerId}/verify`).expect(404);

    const admin = await signIn(t, 'admin24@test.vn');
    const pending = await admin.get('/api/admin/employers?verified=false').expect(200);
    expect(pending.body.items.map((e: { id: string }) => e.id)).toContain(employerId);
    const verified = await admin.post(`/api/admin/employers/${employerId}/verify`).expect(200);
    expect(verified.body.verified).toBe(true);

    await deliverMail();
    const mail = await smtp.waitFor(
      (m) => m.envelopeTo.includes('nhansu@binhminh.vn') && /xác minh/.test(m.subject ?? ''),
    );
    expect(mail.text).toContain('/employer');

    const again = await t
      .agent()
      .post('/api/register/employer')
      .send({ ...base, email: 'other@binhminh.vn', phone: undefined, taxCode: '0100109106-001' })
      .expect(400);
    expect(again.body.fields[0]).toMatchObject({ field: 'taxCode', code: 'tax_code_taken' });
  });
});

describe('activation and password reset', () => {
  it('lets a counselor open an account and the person activate it with the code', async () => {
    const counselor = await signIn(t, 'canbo1@test.vn');
    const created = await counselor
      .post('/api/returnees')
      .send({ displayName: 'Đặng Văn Tới', provinceCode: '24', phone: '0977 000 111' })
      .expect(201);
    const account = await counselor.post(`/api/returnees/${created.body.id}/account`).send({}).expect(201);
    expect(account.body.activationCode).toMatch(/^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/);
    expect(account.body.signInWith).toBe('+84977000111');

    const person = t.agent();
    const activated = await person
      .post('/api/auth/activate')
      .send({
        code: account.body.activationCode.toLowerCase().replace('-', ' '),
        password: 'toi muon di lam',
      })
      .expect(200);
    expect(activated.body.user.roles).toEqual(['returnee']);
    expect(activated.body.user.returneeId).toBe(created.body.id);

    const reused = await t
      .agent()
      .post('/api/auth/activate')
      .send({ code: account.body.activationCode, password: 'toi muon di lam 2' })
      .expect(400);
    expect(reused.body.code).toBe('INVALID_ACTIVATION');
    await signIn(t, '0977000111', 'toi muon di lam');
  });

  it('invites staff by email; the link activates the account', async () => {
    const admin = await signIn(t, 'admin24@test.vn');
    await admin
      .post('/api/admin/users/invite')
      .send({
        displayName: 'Bùi Thị Nga',
        email: 'nga@sonoivu.vn',
        roles: ['organizer'],
        provinceCodes: ['24'],
      })
      .expect(201);
    await admin
      .post('/api/admin/users/invite')
      .send({ displayName: 'Ngoài Tỉnh', email: 'x@sonoivu.vn', roles: ['organizer'], provinceCodes: ['01'] })
      .expect(403);
    await deliverMail();
    const mail = await smtp.waitFor((m) => m.envelopeTo.includes('nga@sonoivu.vn'));
    const token = /activate\?token=([\w-]+)/.exec(mail.text ?? '')?.[1];
    expect(token).toBeTruthy();
    const res = await t
      .agent()
      .post('/api/auth/activate')
      .send({ token, password: 'chao buoi sang 2026' })
      .expect(200);
    expect(res.body.user.roles).toEqual(['organizer']);
  });

  it('resends or cancels an invitation', async () => {
    const admin = await signIn(t, 'admin24@test.vn');
    const invited = await admin
      .post('/api/admin/users/invite')
      .send({
        displayName: 'Đỗ Văn Khoa',
        email: 'khoa@sonoivu.vn',
        roles: ['counselor'],
        provinceCodes: ['24'],
      })
      .expect(201);
    await admin.post(`/api/admin/users/${invited.body.id}/resend-invitation`).expect(200);
    await deliverMail();
    await smtp.waitFor((m) => m.envelopeTo.includes('khoa@sonoivu.vn') && /đường dẫn mới/.test(m.text ?? ''));
    const first = smtp.messages.find((m) => m.envelopeTo.includes('khoa@sonoivu.vn'));
    const token = /activate\?token=([\w-]+)/.exec(first?.text ?? '')?.[1];

    const cancelled = await admin
      .patch(`/api/admin/users/${invited.body.id}`)
      .send({ status: 'disabled' })
      .expect(200);
    expect(cancelled.body.status).toBe('disabled');
    const res = await t
      .agent()
      .post('/api/auth/activate')
      .send({ token, password: 'khong duoc nua 2026' })
      .expect(400);
    expect(res.body.code).toBe('INVALID_ACTIVATION');
    await admin.post(`/api/admin/users/${invited.body.id}/resend-invitation`).expect(404);
  });

  it('emails a reset link that works once, and answers the same for unknown people', async () => {
    const known = await t
      .agent()
      .post('/api/auth/password-reset/request')
      .send({ identifier: 'tochuc@test.vn' })
      .expect(200);
    const unknown = await t
      .agent()
      .post('/api/auth/password-reset/request')
      .send({ identifier: 'ai-do@test.vn' })
      .expect(200);
    expect(unknown.body).toEqual(known.body);
    await deliverMail();
    const mail = await smtp.waitFor(
      (m) => m.envelopeTo.includes('tochuc@test.vn') && /mật khẩu/.test(m.subject ?? ''),
    );
    const token = /reset-password\?token=([\w-]+)/.exec(mail.text ?? '')?.[1];
    const old = await signIn(t, 'tochuc@test.vn');
    await t
      .agent()
      .post('/api/auth/password-reset')
      .send({ token, password: 'mat khau moi 2026' })
      .expect(200);
    expect((await old.get('/api/account')).status).toBe(401);
    await t
      .agent()
      .post('/api/auth/password-reset')
      .send({ token, password: 'mat khau khac 2026' })
      .expect(400);
    await signIn(t, 'tochuc@test.vn', 'mat khau moi 2026');
  });

  it('refuses passwords that are too easy to guess', async () => {
    const agent = await signIn(t, 'canbo2@test.vn');
    const res = await agent
      .post('/api/account/password')
      .send({ currentPassword: PASSWORD, newPassword: '12345678' })
      .expect(400);
    expect(res.body.fields[0]).toMatchObject({ field: 'newPassword', code: 'password_too_common' });
  });
});

describe('admin user management', () => {
  it('lists only the users of the admin’s provinces, searchable without diacritics', async () => {
    const admin = await signIn(t, 'admin24@test.vn');
    const all = await admin.get('/api/admin/users?pageSize=100').expect(200);
    const emails = all.body.items.map((u: { email?: string }) => u.email);
    expect(emails).toContain('canbo1@test.vn');
    expect(emails).not.toContain('canbo3@test.vn');
    const found = await admin.get('/api/admin/users').query({ q: 'can bo mot' }).expect(200);
    expect(found.body.items.map((u: { id: string }) => u.id)).toEqual([world.people.counselor.id]);
  });

  it('disables an account: its sessions end and it cannot sign in; the change is audit-logged', async () => {
    const viewerSession = await signIn(t, 'canbo3@test.vn');
    const hanoiAdmin = await signIn(t, 'admin01@test.vn');
    const admin = await signIn(t, 'admin24@test.vn');
    await admin
      .patch(`/api/admin/users/${world.people.hanoiCounselor.id}`)
      .send({ status: 'disabled' })
      .expect(404);
    await hanoiAdmin
      .patch(`/api/admin/users/${world.people.hanoiCounselor.id}`)
      .send({ status: 'disabled' })
      .expect(200);
    expect((await viewerSession.get('/api/account')).status).toBe(401);
    await t
      .agent()
      .post('/api/auth/sign-in')
      .send({ identifier: 'canbo3@test.vn', password: PASSWORD })
      .expect(401);
    const log = await hanoiAdmin.get('/api/admin/audit').query({ action: 'user.status.change' }).expect(200);
    expect(log.body.items[0]).toMatchObject({
      subjectId: world.people.hanoiCounselor.id,
      fields: ['status'],
    });
    await hanoiAdmin
      .patch(`/api/admin/users/${world.people.hanoiCounselor.id}`)
      .send({ status: 'active' })
      .expect(200);
    const user = await userModel(t.app.db.connection).findById(world.people.hanoiCounselor.id).lean();
    expect(user?.status).toBe('active');
  });
});
