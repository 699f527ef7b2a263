import type { Bilingual, Locale } from './locale';

/**
 * Messages for the error codes every endpoint may answer with. Modules add their own codes next to their
 * services (an AppError carries its own Bilingual message); these are the shared ones. Each message says
 * what happened and what to do next, in plain words.
 */
export const COMMON_ERRORS = {
  BAD_REQUEST: {
    vi: 'Yêu cầu không hợp lệ. Vui lòng kiểm tra lại thông tin đã nhập.',
    en: 'The request is not valid. Please check what you entered.',
  },
  VALIDATION_FAILED: {
    vi: 'Một số thông tin chưa hợp lệ. Vui lòng sửa các ô được đánh dấu rồi gửi lại.',
    en: 'Some fields are not valid. Please correct the highlighted fields and submit again.',
  },
  UNAUTHENTICATED: {
    vi: 'Bạn cần đăng nhập để tiếp tục.',
    en: 'Please sign in to continue.',
  },
  FORBIDDEN: {
    vi: 'Bạn không có quyền thực hiện thao tác này. Nếu cần quyền, hãy liên hệ quản trị viên của tỉnh.',
    en: 'You do not have permission to do this. Ask your province administrator if you need access.',
  },
  CSRF_REJECTED: {
    vi: 'Yêu cầu bị từ chối vì không đến từ trang của Chợ Tình Người. Vui lòng tải lại trang rồi thử lại.',
    en: 'The request was refused because it did not come from a Chợ Tình Người page. Reload the page and try again.',
  },
  NOT_FOUND: {
    vi: 'Không tìm thấy nội dung bạn cần. Có thể đường dẫn đã cũ hoặc nội dung đã bị xóa.',
    en: 'We could not find what you asked for. The link may be out of date or the item was removed.',
  },
  METHOD_NOT_ALLOWED: {
    vi: 'Thao tác này không được hỗ trợ tại địa chỉ này.',
    en: 'This action is not supported at this address.',
  },
  CONFLICT: {
    vi: 'Dữ liệu đã thay đổi hoặc đã tồn tại. Vui lòng tải lại rồi thử lại.',
    en: 'The data has changed or already exists. Please reload and try again.',
  },
  PAYLOAD_TOO_LARGE: {
    vi: 'Dữ liệu gửi lên quá lớn. Vui lòng chọn tệp nhỏ hơn.',
    en: 'What you sent is too large. Please choose a smaller file.',
  },
  UNSUPPORTED_MEDIA_TYPE: {
    vi: 'Định dạng dữ liệu không được hỗ trợ.',
    en: 'This content type is not supported.',
  },
  RATE_LIMITED: {
    vi: 'Bạn đã thử quá nhiều lần. Vui lòng đợi {retryAfter} rồi thử lại.',
    en: 'Too many attempts. Please wait {retryAfter} and try again.',
  },
  SERVICE_UNAVAILABLE: {
    vi: 'Hệ thống đang tạm gián đoạn. Vui lòng thử lại sau ít phút.',
    en: 'The service is temporarily unavailable. Please try again in a few minutes.',
  },
  INTERNAL: {
    vi: 'Đã có lỗi ở máy chủ. Vui lòng thử lại; nếu vẫn lỗi, hãy báo quản trị viên kèm mã yêu cầu {requestId}.',
    en: 'Something went wrong on the server. Please try again; if it persists, tell an administrator the request id {requestId}.',
  },
} satisfies Record<string, Bilingual>;

export type CommonErrorCode = keyof typeof COMMON_ERRORS;

/** Fills `{name}` placeholders. Unknown placeholders are left as they are so a missing value is visible. */
export function interpolate(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

export function localize(
  message: Bilingual,
  locale: Locale,
  params?: Record<string, string | number>,
): string {
  return interpolate(message[locale], params);
}
