import type { Bilingual } from '@ctn/shared';

/** Messages of the accounts module. Sign-in failures never say whether an account exists. */
export const ACCOUNT_MESSAGES = {
  invalidCredentials: {
    vi: 'Email/số điện thoại hoặc mật khẩu không đúng. Nếu bạn mới được cấp tài khoản, hãy kích hoạt bằng mã hoặc đường dẫn đã nhận; nếu quên mật khẩu, hãy đặt lại.',
    en: 'The email/phone or password is not right. If your account is new, activate it with the code or link you received; if you forgot your password, reset it.',
  },
  signInLocked: {
    vi: 'Đăng nhập tạm khóa vì nhập sai nhiều lần. Vui lòng đợi {retryAfter} rồi thử lại, hoặc đặt lại mật khẩu.',
    en: 'Sign-in is paused after too many wrong attempts. Please wait {retryAfter} and try again, or reset your password.',
  },
  invalidActivation: {
    vi: 'Mã hoặc đường dẫn kích hoạt không đúng, đã dùng hoặc đã hết hạn. Hãy nhờ cán bộ hỗ trợ cấp mã mới.',
    en: 'The activation code or link is wrong, already used or expired. Ask your counselor for a new code.',
  },
  invalidReset: {
    vi: 'Đường dẫn đặt lại mật khẩu không đúng, đã dùng hoặc đã hết hạn (hiệu lực 1 giờ). Vui lòng yêu cầu đường dẫn mới.',
    en: 'The password reset link is wrong, already used or expired (it lasts 1 hour). Please request a new one.',
  },
  activationNeedsSecret: {
    vi: 'Vui lòng nhập mã kích hoạt.',
    en: 'Please enter your activation code.',
  },
  wrongCurrentPassword: { vi: 'Mật khẩu hiện tại không đúng.', en: 'The current password is not right.' },
  passwordTooCommon: {
    vi: 'Mật khẩu này quá dễ đoán. Hãy chọn mật khẩu khác, ví dụ một câu ngắn dễ nhớ.',
    en: 'This password is too easy to guess. Choose another, for example a short sentence you remember.',
  },
  emailTaken: {
    vi: 'Email này đã có tài khoản. Hãy đăng nhập hoặc đặt lại mật khẩu.',
    en: 'This email already has an account. Sign in or reset your password.',
  },
  phoneTaken: {
    vi: 'Số điện thoại này đã có tài khoản.',
    en: 'This phone number already has an account.',
  },
  invalidPhone: {
    vi: 'Số điện thoại di động chưa đúng (ví dụ 0912 345 678).',
    en: 'Enter a valid Vietnamese mobile number (e.g. 0912 345 678).',
  },
  taxCodeInvalid: {
    vi: 'Mã số thuế không hợp lệ (sai số kiểm tra). Vui lòng đối chiếu với giấy chứng nhận đăng ký doanh nghiệp.',
    en: 'This tax code is not valid (check digit). Please compare it with your business registration certificate.',
  },
  taxCodeTaken: {
    vi: 'Doanh nghiệp với mã số thuế này đã đăng ký. Hãy liên hệ người quản lý tài khoản của công ty.',
    en: 'A company with this tax code is already registered. Contact your company account manager.',
  },
  unknownProvince: {
    vi: 'Vui lòng chọn tỉnh/thành phố trong danh sách.',
    en: 'Please choose a province from the list.',
  },
} satisfies Record<string, Bilingual>;
