import { code, defineMail, link, note } from '../../mail/templates';

export interface TicketMailParams {
  name: string;
  fairName: string;
  when: string;
  venue: string;
  code: string;
  number: number;
  url: string;
}

/** The ticket, emailed when the person has an email address: the link opens the QR code on a phone. */
export const fairTicketMail = defineMail<TicketMailParams>({
  kind: 'fair-ticket',
  subject: ({ fairName }) => ({ vi: `Vé tham dự: ${fairName}`, en: `Your ticket: ${fairName}` }),
  body: (p) => ({
    vi: [
      `Chào ${p.name},`,
      `Bạn đã được đăng ký tham dự ${p.fairName}.\nThời gian: ${p.when}\nĐịa điểm: ${p.venue}\nSố thứ tự của bạn: ${p.number}`,
      'Mã vé của bạn (đọc hoặc đưa mã này ở cửa):',
      code(p.code),
      link('Mở vé có mã QR', p.url),
      note(
        'Bạn có thể in vé hoặc mở trên điện thoại. Mất vé cũng không sao: ban tổ chức tìm được tên bạn ở cửa.',
      ),
    ],
    en: [
      `Hello ${p.name},`,
      `You are registered for ${p.fairName}.\nWhen: ${p.when}\nWhere: ${p.venue}\nYour number: ${p.number}`,
      'Your ticket code (show or read it at the entrance):',
      code(p.code),
      link('Open the ticket with its QR code', p.url),
      note(
        'Print it or open it on your phone. If you lose it, the organisers can find your name at the door.',
      ),
    ],
  }),
});
