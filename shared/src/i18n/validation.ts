import { interpolate } from './errors';
import type { Bilingual, Locale } from './locale';

/**
 * Field-level validation messages, keyed by the JSON Schema keyword that failed (as Ajv and TypeBox report
 * it) or by a domain rule code. Both the API (400 responses) and the web forms use these, so a person sees
 * the same sentence wherever the check happens.
 */
export const FIELD_MESSAGES = {
  required: { vi: 'Vui lòng nhập thông tin này.', en: 'This field is required.' },
  type: { vi: 'Giá trị không đúng kiểu.', en: 'This value has the wrong type.' },
  minLength: { vi: 'Cần ít nhất {limit} ký tự.', en: 'Enter at least {limit} characters.' },
  maxLength: { vi: 'Không được dài quá {limit} ký tự.', en: 'Enter at most {limit} characters.' },
  minimum: { vi: 'Giá trị phải từ {limit} trở lên.', en: 'The value must be at least {limit}.' },
  maximum: { vi: 'Giá trị không được lớn hơn {limit}.', en: 'The value must be at most {limit}.' },
  exclusiveMinimum: { vi: 'Giá trị phải lớn hơn {limit}.', en: 'The value must be greater than {limit}.' },
  exclusiveMaximum: { vi: 'Giá trị phải nhỏ hơn {limit}.', en: 'The value must be less than {limit}.' },
  minItems: { vi: 'Cần chọn ít nhất {limit} mục.', en: 'Choose at least {limit} items.' },
  maxItems: { vi: 'Chỉ được chọn tối đa {limit} mục.', en: 'Choose at most {limit} items.' },
  uniqueItems: { vi: 'Danh sách có mục bị trùng.', en: 'The list has duplicate items.' },
  enum: { vi: 'Vui lòng chọn một giá trị trong danh sách.', en: 'Please choose one of the listed values.' },
  const: { vi: 'Giá trị không được chấp nhận.', en: 'This value is not accepted.' },
  pattern: { vi: 'Định dạng chưa đúng.', en: 'The format is not correct.' },
  format: { vi: 'Định dạng chưa đúng.', en: 'The format is not correct.' },
  'format.email': {
    vi: 'Địa chỉ email chưa đúng (ví dụ: ten@congty.vn).',
    en: 'Enter a valid email (e.g. name@company.vn).',
  },
  'format.date': { vi: 'Ngày chưa đúng định dạng (YYYY-MM-DD).', en: 'Enter a date as YYYY-MM-DD.' },
  'format.date-time': { vi: 'Thời gian chưa đúng định dạng.', en: 'Enter a valid date and time.' },
  additionalProperties: { vi: 'Có trường không được phép: {property}.', en: 'Unexpected field: {property}.' },
  invalid: { vi: 'Giá trị không hợp lệ.', en: 'This value is not valid.' },
} satisfies Record<string, Bilingual>;

export type FieldMessageKey = keyof typeof FIELD_MESSAGES;

/** One problem with one field, as the API returns it and forms display it. */
export interface FieldError {
  /** Dotted path of the field, e.g. "wage.min" or "skills.2"; "" for the whole object. */
  field: string;
  /** Machine-readable reason (a JSON Schema keyword or a domain rule such as "wage_below_minimum"). */
  code: string;
  /** Human message in the request's language. */
  message: string;
}

export function fieldMessage(
  key: string,
  locale: Locale,
  params: Record<string, string | number> = {},
): string {
  const entry = (FIELD_MESSAGES as Record<string, Bilingual>)[key] ?? FIELD_MESSAGES.invalid;
  return interpolate(entry[locale], params);
}
