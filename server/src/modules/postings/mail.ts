import { defineMail, link, note } from '../../mail/templates';

interface PostingMailParams {
  name: string;
  title: string;
  url: string;
}

export const postingApprovedMail = defineMail<PostingMailParams>({
  kind: 'posting-approved',
  subject: ({ title }) => ({ vi: `Tin "${title}" đã được duyệt`, en: `"${title}" is now published` }),
  body: ({ name, title, url }) => ({
    vi: [
      `Chào ${name},`,
      `Tin tuyển dụng "${title}" đã được Sở Nội vụ duyệt và đang hiển thị trên trang Tìm việc.`,
      link('Xem tin tuyển dụng', url),
      note('Khi đã tuyển đủ người, hãy đóng tin để người tìm việc không phải chờ.'),
    ],
    en: [
      `Hello ${name},`,
      `Your job posting "${title}" was approved by the Department of Home Affairs and is now on the job board.`,
      link('View the posting', url),
      note('When the positions are filled, close the posting so that nobody waits in vain.'),
    ],
  }),
});

export const postingSentBackMail = defineMail<PostingMailParams & { reason: string }>({
  kind: 'posting-sent-back',
  subject: ({ title }) => ({
    vi: `Tin "${title}" cần chỉnh sửa`,
    en: `"${title}" needs changes`,
  }),
  body: ({ name, title, url, reason }) => ({
    vi: [
      `Chào ${name},`,
      `Cán bộ Sở Nội vụ đã gửi lại tin tuyển dụng "${title}" để bạn chỉnh sửa. Lý do:`,
      reason,
      link('Sửa tin tuyển dụng', url),
      note('Sau khi sửa, bấm "Gửi duyệt" để cán bộ xem lại.'),
    ],
    en: [
      `Hello ${name},`,
      `An officer of the Department of Home Affairs sent your job posting "${title}" back for changes. Reason:`,
      reason,
      link('Edit the posting', url),
      note('After editing, press "Submit for review" so that it is checked again.'),
    ],
  }),
});
