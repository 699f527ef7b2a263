import { defineMessages } from './define';

/** The development mail viewer (developers only, so plain and short). */
export default defineMessages({
  vi: {
    title: 'Thư đã gửi (môi trường phát triển)',
    lead: 'Những email ứng dụng đã “gửi” khi chưa cấu hình máy chủ SMTP. Mở một thư để lấy đường dẫn kích hoạt hoặc đặt lại mật khẩu.',
    unavailable:
      'Trang này chỉ có khi chạy ở môi trường phát triển và chưa đặt SMTP_URL. Khi đã cấu hình SMTP, thư được gửi đến hộp thư thật (hoặc mail catcher).',
    empty: 'Chưa có thư nào.',
    emptyHint: 'Thử yêu cầu đặt lại mật khẩu hoặc mời một cán bộ, rồi quay lại đây.',
    to: 'Người nhận',
    subject: 'Tiêu đề',
    at: 'Thời gian',
    status: 'Trạng thái',
    kind: 'Loại',
    links: 'Đường dẫn trong thư',
    body: 'Nội dung',
    back: '← Tất cả thư',
    notFound: 'Không tìm thấy thư này.',
  },
  en: {
    title: 'Sent mail (development)',
    lead: 'The emails the app “sent” while no SMTP server is configured. Open one to get an activation or password reset link.',
    unavailable:
      'This page exists only in development without SMTP_URL. With SMTP configured, mail goes to real mailboxes (or a mail catcher).',
    empty: 'No mail yet.',
    emptyHint: 'Ask for a password reset or invite a staff member, then come back.',
    to: 'To',
    subject: 'Subject',
    at: 'Time',
    status: 'Status',
    kind: 'Kind',
    links: 'Links in this email',
    body: 'Text',
    back: '← All mail',
    notFound: 'This email was not found.',
  },
});
