import type { Bilingual } from '@ctn/shared';

/** What the fairs module says when something cannot be done, and what to do instead. */
export const FAIR_MESSAGES = {
  notFound: { vi: 'Không tìm thấy phiên chợ này.', en: 'This job fair was not found.' },
  communeNotInProvince: {
    vi: 'Xã/phường này không thuộc tỉnh/thành phố của phiên chợ.',
    en: "This commune is not in the fair's province.",
  },
  endBeforeStart: {
    vi: 'Giờ kết thúc phải sau giờ bắt đầu.',
    en: 'The end time must be after the start time.',
  },
  reported: {
    vi: 'Phiên chợ đã báo cáo xong, không sửa được nữa.',
    en: 'This fair has been reported and can no longer be changed.',
  },
  transition: {
    vi: 'Không chuyển được trạng thái phiên chợ theo cách này.',
    en: 'The fair cannot move to that state from where it is.',
  },
  changedMeanwhile: {
    vi: 'Phiên chợ vừa được người khác thay đổi. Vui lòng tải lại trang.',
    en: 'Someone else just changed this fair. Please reload the page.',
  },
  notOrganizer: {
    vi: 'Chỉ chọn được người có vai trò tổ chức ở tỉnh/thành phố của phiên chợ.',
    en: "Only people with the organizer role in the fair's province can be assigned.",
  },
  notOpenForBooths: {
    vi: 'Phiên chợ chưa mở hoặc đã kết thúc nhận đăng ký gian hàng.',
    en: 'This fair is not taking booth applications.',
  },
  employerNotVerified: {
    vi: 'Doanh nghiệp cần được Sở Nội vụ xác minh trước khi đăng ký gian hàng.',
    en: 'Your company must be verified by the Department of Home Affairs before booking a booth.',
  },
  postingNotOpen: {
    vi: 'Chỉ chọn được tin tuyển dụng đang mở của doanh nghiệp bạn.',
    en: "Choose from your company's open job postings.",
  },
  boothNumberTaken: {
    vi: 'Số gian {number} đã có doanh nghiệp khác. Hãy chọn số khác hoặc để trống.',
    en: 'Booth number {number} is taken. Choose another or leave it empty.',
  },
  notOpenForRegistration: {
    vi: 'Phiên chợ chưa mở hoặc đã đóng đăng ký.',
    en: 'This fair is not open for registration.',
  },
  full: {
    vi: 'Phiên chợ đã đủ chỗ. Hãy liên hệ ban tổ chức hoặc đăng ký phiên chợ khác.',
    en: 'The fair is full. Contact the organisers or register for another fair.',
  },
  alreadyCheckedIn: {
    vi: 'Người này đã vào phiên chợ, không hủy đăng ký được nữa.',
    en: 'This person has already checked in; the registration cannot be cancelled.',
  },
  notLive: {
    vi: 'Phiên chợ chưa bắt đầu hoặc đã kết thúc.',
    en: 'The fair is not running right now.',
  },
  notCheckedIn: {
    vi: 'Cần làm thủ tục vào cửa trước khi xếp hàng ở gian tuyển dụng.',
    en: 'Please check in at the entrance before joining a booth queue.',
  },
  boothClosed: { vi: 'Gian tuyển dụng này không hoạt động.', en: 'This booth is not open.' },
  callClosed: {
    vi: 'Lượt gọi này đã kết thúc. Màn hình sẽ cập nhật lượt mới.',
    en: 'This call has already ended. The screen will show the current one.',
  },
  busy: {
    vi: 'Gian đang bận xử lý lượt khác. Vui lòng thử lại.',
    en: 'The booth is busy with another action. Please try again.',
  },
  reasonRequired: {
    vi: 'Hãy chọn lý do chưa phù hợp.',
    en: 'Choose why it is not suitable.',
  },
  ticketNotFound: {
    vi: 'Không tìm thấy vé với mã này. Hãy kiểm tra lại 6 ký tự trên vé.',
    en: 'No ticket has this code. Check the 6 characters on the ticket.',
  },
} satisfies Record<string, Bilingual>;
