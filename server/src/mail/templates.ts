import type { Bilingual, Locale } from '@ctn/shared';

/**
 * Bilingual emails from one definition: each template says what to write in Vietnamese and in English as
 * a list of blocks; `renderMail` produces the plain-text and HTML bodies (every value HTML-escaped) and
 * the subject. Without a known recipient locale the email carries both languages, Vietnamese first.
 *
 *   export const passwordResetMail = defineMail<{ name: string; url: string }>({
 *     kind: 'password-reset',
 *     subject: { vi: 'Đặt lại mật khẩu', en: 'Reset your password' },
 *     body: ({ name, url }) => ({
 *       vi: [`Chào ${name},`, link('Đặt lại mật khẩu', url), note('Nếu không phải bạn, hãy bỏ qua thư này.')],
 *       en: [`Hello ${name},`, link('Reset your password', url), note('If this was not you, ignore this email.')],
 *     }),
 *   });
 *   await app.mail.enqueue({ to, idempotencyKey: `password-reset:${tokenId}`,
 *                            ...renderMail(passwordResetMail, { name, url }, { locale: user.locale }) });
 */

/** A paragraph (a plain string; line breaks are kept), a button-like link, a code, a list or a small note. */
export type MailBlock =
  | string
  | { link: { label: string; url: string } }
  | { code: string }
  | { list: string[] }
  | { note: string };

export const link = (label: string, url: string): MailBlock => ({ link: { label, url } });
/** Something to copy or show at a desk, e.g. a ticket code "7KQ2PX". */
export const code = (value: string): MailBlock => ({ code: value });
export const list = (items: string[]): MailBlock => ({ list: items });
export const note = (text: string): MailBlock => ({ note: text });

export interface MailTemplate<P> {
  /** Stored with the message for the outbox list, e.g. "password-reset". */
  kind: string;
  subject: Bilingual | ((params: P) => Bilingual);
  body: (params: P) => Record<Locale, MailBlock[]>;
}

export function defineMail<P>(template: MailTemplate<P>): MailTemplate<P> {
  return template;
}

export interface RenderedMail {
  kind: string;
  subject: string;
  text: string;
  html: string;
}

const FOOTER: Bilingual = {
  vi: 'Thư này được gửi tự động từ Chợ Tình Người. Vui lòng không trả lời thư này.',
  en: 'This email was sent automatically by Chợ Tình Người. Please do not reply to it.',
};
const LANGUAGE_NAMES: Bilingual = { vi: 'Tiếng Việt', en: 'English' };

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Only web links: a `javascript:` URL in an email would be an injection, not a link. */
function safeUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new Error(`mail links must be http(s): ${parsed.protocol}`);
  }
  return parsed.href;
}

function blockText(block: MailBlock): string {
  if (typeof block === 'string') return block;
  if ('link' in block) return `${block.link.label}:\n${safeUrl(block.link.url)}`;
  if ('code' in block) return `    ${block.code}`;
  if ('list' in block) return block.list.map((item) => `  • ${item}`).join('\n');
  return block.note;
}

const P = 'margin:0 0 16px;font-size:16px;line-height:1.5;color:#1f2933';

function blockHtml(block: MailBlock): string {
  if (typeof block === 'string') return `<p style="${P}">${escapeHtml(block).replace(/\n/g, '<br>')}</p>`;
  if ('link' in block) {
    return (
      `<p style="${P}"><a href="${escapeHtml(safeUrl(block.link.url))}" style="display:inline-block;` +
      'padding:12px 20px;background:#0f5132;color:#ffffff;border-radius:6px;text-decoration:none;' +
      `font-weight:600">${escapeHtml(block.link.label)}</a></p>`
    );
  }
  if ('code' in block) {
    return (
      '<p style="margin:0 0 16px;font-size:24px;font-weight:700;letter-spacing:4px;' +
      `font-family:ui-monospace,Menlo,Consolas,monospace">${escapeHtml(block.code)}</p>`
    );
  }
  if ('list' in block) {
    const items = block.list.map((item) => `<li style="margin:0 0 6px">${escapeHtml(item)}</li>`).join('');
    return `<ul style="${P};padding-left:20px">${items}</ul>`;
  }
  return `<p style="margin:0 0 16px;font-size:14px;line-height:1.5;color:#52606d">${escapeHtml(block.note)}</p>`;
}

/**
 * Renders a template. `locale` (the recipient's saved language) gives a one-language email; without it
 * the email is Vietnamese then English. The subject joins both with " / " when both languages are shown.
 */
export function renderMail<P>(
  template: MailTemplate<P>,
  params: P,
  options: { locale?: Locale } = {},
): RenderedMail {
  const locales: Locale[] = options.locale ? [options.locale] : ['vi', 'en'];
  const subject = typeof template.subject === 'function' ? template.subject(params) : template.subject;
  const body = template.body(params);

  const textParts = locales.map((locale) =>
    [...body[locale].map(blockText), '--', FOOTER[locale]].join('\n\n'),
  );
  const separator = `\n\n────────── ${LANGUAGE_NAMES.en} ──────────\n\n`;
  const text = `${textParts.join(separator)}\n`;

  const sections = locales.map(
    (locale, index) =>
      `<div lang="${locale}"${index > 0 ? ' style="border-top:1px solid #d9e2ec;margin-top:24px;padding-top:24px"' : ''}>` +
      body[locale].map(blockHtml).join('') +
      `<p style="margin:24px 0 0;font-size:12px;color:#7b8794">${escapeHtml(FOOTER[locale])}</p></div>`,
  );
  const subjectLine = locales.map((locale) => subject[locale]).join(' / ');
  const html =
    `<!doctype html><html lang="${locales[0]}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width"><title>${escapeHtml(subjectLine)}</title></head>` +
    '<body style="margin:0;padding:24px;background:#f5f7fa;font-family:-apple-system,Segoe UI,Roboto,Arial,sans-serif">' +
    '<div style="max-width:560px;margin:0 auto;background:#ffffff;border-radius:8px;padding:24px">' +
    `${sections.join('')}</div></body></html>`;

  return { kind: template.kind, subject: subjectLine, text, html };
}
