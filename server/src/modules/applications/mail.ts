import { APPLICATION_STATUS_TEXT, type ApplicationStatus, type Bilingual } from '@ctn/shared';
import { defineMail, link, note } from '../../mail/templates';

/**
 * Emails about applications (vi + en, plain text and HTML via renderMail). An employer's email names the
 * anonymous candidate only: a name reaches them on the web page, and only while consent is in force.
 */
export const newApplicationMail = defineMail<{ name: string; code: string; title: string; url: string }>({
  kind: 'application-new',
  subject: ({ title }) => ({ vi: `Hồ sơ ứng tuyển mới: ${title}`, en: `New application: ${title}` }),
  body: ({ name, code, title, url }) => ({
    vi: [
      `Chào ${name},`,
      `Ứng viên #${code} vừa ứng tuyển vị trí “${title}”.`,
      link('Xem hồ sơ ứng tuyển', url),
      note(
        'Tên và số điện thoại chỉ hiện khi ứng viên đồng ý chia sẻ. Xin đừng yêu cầu lý lịch tư pháp hay thông tin án tích.',
      ),
    ],
    en: [
      `Hello ${name},`,
      `Candidate #${code} has applied for “${title}”.`,
      link('See the application', url),
      note(
        'Name and phone appear only when the candidate agrees to share them. Please do not ask for criminal-record certificates or information.',
      ),
    ],
  }),
});

const WHAT_NEXT: Partial<Record<ApplicationStatus, Bilingual>> = {
  interview: {
    vi: 'Doanh nghiệp sẽ liên hệ để hẹn lịch phỏng vấn. Cán bộ hỗ trợ có thể cùng chuẩn bị với bạn.',
    en: 'The employer will contact you to arrange an interview. Your counselor can help you prepare.',
  },
  offered: {
    vi: 'Hãy trả lời doanh nghiệp sớm. Nếu cần hỏi thêm, hãy gọi cán bộ hỗ trợ.',
    en: 'Please answer the employer soon. If you have questions, call your counselor.',
  },
  hired: {
    vi: 'Chúc mừng! Cán bộ hỗ trợ sẽ hỏi thăm bạn sau 30 ngày đi làm.',
    en: 'Congratulations! Your counselor will check in with you after 30 days at work.',
  },
  rejected: {
    vi: 'Đừng nản lòng: còn nhiều việc phù hợp khác. Xem các việc hợp với bạn trên Chợ Tình Người.',
    en: 'Do not lose heart: there are other suitable jobs. See the jobs that fit you on Chợ Tình Người.',
  },
};

export const statusChangeMail = defineMail<{
  name: string;
  title: string;
  employerName: string;
  status: ApplicationStatus;
  reason?: Bilingual;
  url: string;
}>({
  kind: 'application-status',
  subject: ({ title, status }) => ({
    vi: `${APPLICATION_STATUS_TEXT[status].vi}: ${title}`,
    en: `${APPLICATION_STATUS_TEXT[status].en}: ${title}`,
  }),
  body: ({ name, title, employerName, status, reason, url }) => ({
    vi: [
      `Chào ${name},`,
      `Đơn ứng tuyển “${title}” tại ${employerName}: ${APPLICATION_STATUS_TEXT[status].vi.toLowerCase()}.`,
      ...(reason ? [`Lý do: ${reason.vi}.`] : []),
      ...(WHAT_NEXT[status] ? [WHAT_NEXT[status].vi] : []),
      link('Xem đơn của tôi', url),
    ],
    en: [
      `Hello ${name},`,
      `Your application “${title}” at ${employerName}: ${APPLICATION_STATUS_TEXT[status].en.toLowerCase()}.`,
      ...(reason ? [`Reason: ${reason.en}.`] : []),
      ...(WHAT_NEXT[status] ? [WHAT_NEXT[status].en] : []),
      link('See my applications', url),
    ],
  }),
});

export const counselorStatusMail = defineMail<{
  name: string;
  person: string;
  title: string;
  employerName: string;
  status: ApplicationStatus;
  reason?: Bilingual;
  url: string;
}>({
  kind: 'application-status-counselor',
  subject: ({ person, status }) => ({
    vi: `${person}: ${APPLICATION_STATUS_TEXT[status].vi.toLowerCase()}`,
    en: `${person}: ${APPLICATION_STATUS_TEXT[status].en.toLowerCase()}`,
  }),
  body: ({ name, person, title, employerName, status, reason, url }) => ({
    vi: [
      `Chào ${name},`,
      `Đơn của ${person} vào vị trí “${title}” tại ${employerName}: ${APPLICATION_STATUS_TEXT[status].vi.toLowerCase()}.`,
      ...(reason ? [`Lý do doanh nghiệp chọn: ${reason.vi}.`] : []),
      ...(status === 'hired'
        ? ['Một việc hỏi thăm sau 30 ngày đã được thêm vào danh sách việc cần làm của bạn.']
        : []),
      link('Xem hồ sơ người này', url),
    ],
    en: [
      `Hello ${name},`,
      `${person}'s application for “${title}” at ${employerName}: ${APPLICATION_STATUS_TEXT[status].en.toLowerCase()}.`,
      ...(reason ? [`Reason given by the employer: ${reason.en}.`] : []),
      ...(status === 'hired' ? ['A 30-day follow-up has been added to your tasks.'] : []),
      link('See this person', url),
    ],
  }),
});
