/**
 * Names of the posting work conditions in both languages: the job board, the employer form, the API's
 * facet labels and the import template all use these. No other imports, so the web bundle stays small.
 */
type Label = { vi: string; en: string };

export const EMPLOYMENT_TYPE_LABELS: Record<'full-time' | 'part-time' | 'seasonal', Label> = {
  'full-time': { vi: 'Toàn thời gian', en: 'Full time' },
  'part-time': { vi: 'Bán thời gian', en: 'Part time' },
  seasonal: { vi: 'Thời vụ', en: 'Seasonal' },
};

export const SHIFT_LABELS: Record<'day' | 'night' | 'rotating', Label> = {
  day: { vi: 'Ca ngày', en: 'Day shift' },
  night: { vi: 'Ca đêm', en: 'Night shift' },
  rotating: { vi: 'Xoay ca', en: 'Rotating shifts' },
};

export const BENEFIT_LABELS: Record<'meals' | 'housing' | 'insurance' | 'transport', Label> = {
  meals: { vi: 'Bao ăn', en: 'Meals' },
  housing: { vi: 'Chỗ ở', en: 'Housing' },
  insurance: { vi: 'Bảo hiểm', en: 'Insurance' },
  transport: { vi: 'Xe đưa đón', en: 'Transport' },
};

export const EDUCATION_LABELS: Record<
  'none' | 'primary' | 'lower-secondary' | 'upper-secondary' | 'vocational' | 'college' | 'university',
  Label
> = {
  none: { vi: 'Không yêu cầu', en: 'Not required' },
  primary: { vi: 'Tiểu học', en: 'Primary school' },
  'lower-secondary': { vi: 'Trung học cơ sở', en: 'Lower secondary' },
  'upper-secondary': { vi: 'Trung học phổ thông', en: 'Upper secondary' },
  vocational: { vi: 'Trung cấp nghề', en: 'Vocational' },
  college: { vi: 'Cao đẳng', en: 'College' },
  university: { vi: 'Đại học', en: 'University' },
};

export const POSTING_STATUS_LABELS: Record<'draft' | 'pending' | 'open' | 'closed' | 'filled', Label> = {
  draft: { vi: 'Bản nháp', en: 'Draft' },
  pending: { vi: 'Chờ duyệt', en: 'Waiting for review' },
  open: { vi: 'Đang tuyển', en: 'Open' },
  closed: { vi: 'Đã đóng', en: 'Closed' },
  filled: { vi: 'Đã tuyển đủ', en: 'Filled' },
};
