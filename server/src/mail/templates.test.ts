import { describe, expect, it } from 'vitest';
import { code, defineMail, escapeHtml, link, list, note, renderMail } from './templates';

const ticketMail = defineMail<{ name: string; code: string; url: string }>({
  kind: 'fair-ticket',
  subject: ({ code }) => ({ vi: `Vé ${code}`, en: `Ticket ${code}` }),
  body: (p) => ({
    vi: [
      `Chào ${p.name},`,
      code(p.code),
      list(['Mang CCCD', 'Đến trước 8 giờ']),
      link('Xem vé', p.url),
      note('Ghi chú'),
    ],
    en: [
      `Hello ${p.name},`,
      code(p.code),
      list(['Bring your ID', 'Arrive before 8am']),
      link('View ticket', p.url),
      note('Note'),
    ],
  }),
});

describe('renderMail', () => {
  const params = {
    name: 'Trần "Bé" <b>Ba</b> & cộng sự',
    code: '7KQ2PX',
    url: 'https://vieclam.example.vn/ve/7KQ2PX?a=1&b=2',
  };

  it('writes Vietnamese first, then English, in text, HTML and subject when the locale is unknown', () => {
    const mail = renderMail(ticketMail, params);
    expect(mail.kind).toBe('fair-ticket');
    expect(mail.subject).toBe('Vé 7KQ2PX / Ticket 7KQ2PX');
    expect(mail.text.indexOf('Chào')).toBeGreaterThanOrEqual(0);
    expect(mail.text.indexOf('Chào')).toBeLessThan(mail.text.indexOf('Hello'));
    expect(mail.html.indexOf('lang="vi"')).toBeLessThan(mail.html.indexOf('lang="en"'));
    expect(mail.text).toContain('Xem vé:\nhttps://vieclam.example.vn/ve/7KQ2PX?a=1&b=2');
    expect(mail.text).toContain('  • Mang CCCD');
  });

  it('escapes every value in HTML and keeps the text version raw', () => {
    const mail = renderMail(ticketMail, params);
    expect(mail.html).not.toContain('<b>Ba</b>');
    expect(mail.html).toContain('Trần &quot;Bé&quot; &lt;b&gt;Ba&lt;/b&gt; &amp; cộng sự');
    expect(mail.html).toContain('href="https://vieclam.example.vn/ve/7KQ2PX?a=1&amp;b=2"');
    expect(mail.text).toContain('Chào Trần "Bé" <b>Ba</b> & cộng sự,');
  });

  it('writes one language when the recipient has chosen one', () => {
    const en = renderMail(ticketMail, params, { locale: 'en' });
    expect(en.subject).toBe('Ticket 7KQ2PX');
    expect(en.text).not.toContain('Chào');
    expect(en.html).toContain('<html lang="en"');
    const vi = renderMail(ticketMail, params, { locale: 'vi' });
    expect(vi.text).not.toContain('Hello');
  });

  it('refuses links that are not web links', () => {
    expect(() => renderMail(ticketMail, { ...params, url: 'javascript:alert(1)' })).toThrow(/http/);
  });

  it('escapes the five HTML-significant characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });
});
