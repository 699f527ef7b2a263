import { defineMessages } from './define';

/** The employer's home: the company's verification state (the postings workspace comes later). */
export default defineMessages({
  vi: {
    title: 'Trang doanh nghiệp',
    verified: 'Đã xác minh',
    verifiedText:
      'Sở Nội vụ đã xác minh doanh nghiệp của bạn. Bạn có thể đăng tin tuyển dụng và đăng ký gian hàng tại phiên chợ việc làm.',
    pending: 'Đang chờ xác minh',
    pendingText:
      'Cán bộ Sở Nội vụ của tỉnh đang đối chiếu thông tin doanh nghiệp. Trong lúc chờ, bạn có thể soạn sẵn tin tuyển dụng; chúng tôi sẽ báo qua email khi xác minh xong.',
    unknown:
      'Chưa xem được trạng thái xác minh của doanh nghiệp. Chúng tôi sẽ báo qua email khi doanh nghiệp được xác minh.',
    taxCode: 'Mã số thuế',
    pledge: 'Doanh nghiệp đã ký cam kết tuyển dụng công bằng.',
    noPledge: 'Doanh nghiệp chưa ký cam kết tuyển dụng công bằng.',
  },
  en: {
    title: 'Company page',
    verified: 'Verified',
    verifiedText:
      'The Department of Home Affairs has verified your company. You can publish job postings and book booths at job fairs.',
    pending: 'Waiting for verification',
    pendingText:
      'An officer of the provincial Department of Home Affairs is checking your company details. Meanwhile you can prepare job postings; we will email you once it is done.',
    unknown:
      'The verification state of your company cannot be shown yet. We will email you once your company is verified.',
    taxCode: 'Tax code',
    pledge: 'Your company has signed the fair-chance hiring pledge.',
    noPledge: 'Your company has not signed the fair-chance hiring pledge.',
  },
});
