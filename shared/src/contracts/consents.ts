import { type Static, Type } from 'typebox';
import type { Bilingual } from '../i18n/locale';
import { IsoDateTime, ObjectIdString, StringEnum } from './common';

/**
 * What a returnee can agree to (DESIGN.md §4). Each purpose is specific, explained in plain words, never
 * pre-ticked, and revocable. Purposes with a target carry it after a colon: `share-with-employer:<id>`,
 * `fair:<id>`.
 */
export const CONSENT_KINDS = [
  'matching',
  'share-with-employer',
  'fair',
  'loan-referral',
  'training-referral',
] as const;
export type ConsentKind = (typeof CONSENT_KINDS)[number];

export const CONSENT_TEXT: Record<ConsentKind, { title: Bilingual; text: Bilingual }> = {
  matching: {
    title: { vi: 'Gợi ý việc làm cho nhà tuyển dụng', en: 'Suggest me to employers' },
    text: {
      vi: 'Tôi đồng ý để nhà tuyển dụng thấy hồ sơ ẩn danh của tôi (kỹ năng, chứng chỉ, xã nơi ở, thời gian có thể đi làm) khi tìm người cho công việc phù hợp. Họ không thấy tên, số điện thoại hay bất kỳ thông tin nào về án của tôi.',
      en: 'I agree that employers may see my anonymous profile (skills, certificates, commune, availability) when looking for people for a suitable job. They do not see my name, phone or anything about my sentence.',
    },
  },
  'share-with-employer': {
    title: {
      vi: 'Cho nhà tuyển dụng biết tên và số điện thoại',
      en: 'Share my name and phone with an employer',
    },
    text: {
      vi: 'Tôi đồng ý để nhà tuyển dụng này thấy họ tên và số điện thoại của tôi để liên hệ về công việc tôi ứng tuyển. Thông tin về án của tôi vẫn được giữ kín.',
      en: 'I agree that this employer may see my name and phone number to contact me about the job I applied for. Information about my sentence stays private.',
    },
  },
  fair: {
    title: { vi: 'Tham gia Phiên chợ việc làm', en: 'Take part in a job fair' },
    text: {
      vi: 'Tôi đồng ý để ban tổ chức phiên chợ việc làm dùng tên và số điện thoại của tôi để đăng ký, làm vé và đón tôi tại phiên chợ.',
      en: 'I agree that the job fair organisers may use my name and phone number to register me, issue my ticket and check me in at the fair.',
    },
  },
  'loan-referral': {
    title: { vi: 'Giới thiệu vay vốn Ngân hàng Chính sách xã hội', en: 'Refer me for a VBSP loan' },
    text: {
      vi: 'Tôi đồng ý để cán bộ hỗ trợ chuyển thông tin cần thiết của tôi đến Ngân hàng Chính sách xã hội để xét cho vay vốn.',
      en: 'I agree that my counselor may pass the necessary information to the Vietnam Bank for Social Policies for a loan application.',
    },
  },
  'training-referral': {
    title: { vi: 'Giới thiệu học nghề', en: 'Refer me for vocational training' },
    text: {
      vi: 'Tôi đồng ý để cán bộ hỗ trợ giới thiệu tôi với cơ sở dạy nghề và chia sẻ họ tên, số điện thoại cho việc đăng ký học.',
      en: 'I agree that my counselor may refer me to a training centre and share my name and phone to enrol me.',
    },
  },
};

/** `matching`, or `share-with-employer:<24 hex>`, `fair:<24 hex>`. */
export const CONSENT_PURPOSE_PATTERN =
  '^(matching|loan-referral|training-referral|(share-with-employer|fair):[a-f0-9]{24})$';

export function consentKindOf(purpose: string): ConsentKind | undefined {
  const kind = purpose.split(':')[0];
  return (CONSENT_KINDS as readonly string[]).includes(kind ?? '') ? (kind as ConsentKind) : undefined;
}

export const ConsentRecord = Type.Object({
  id: ObjectIdString,
  returneeId: ObjectIdString,
  purpose: Type.String(),
  kind: StringEnum(CONSENT_KINDS),
  /** Vietnamese text the person agreed to, kept as it was shown. */
  text: Type.String(),
  grantedBy: StringEnum(['self', 'counselor-assisted']),
  grantedByUserId: Type.String(),
  grantedAt: IsoDateTime,
  revokedAt: Type.Optional(IsoDateTime),
  active: Type.Boolean(),
});
export type ConsentRecord = Static<typeof ConsentRecord>;

export const GrantConsentBody = Type.Object(
  {
    purpose: Type.String({
      pattern: CONSENT_PURPOSE_PATTERN,
      'x-message': { vi: 'Mục đích đồng ý không hợp lệ.', en: 'Unknown consent purpose.' },
    }),
    /**
     * A counselor grants only with the person beside them and must say so; a returnee grants for
     * themselves. Never pre-ticked: the client must send true explicitly.
     */
    confirmed: Type.Literal(true, {
      'x-message': {
        vi: 'Vui lòng đánh dấu xác nhận trước khi ghi nhận sự đồng ý.',
        en: 'Please tick the confirmation before recording consent.',
      },
    }),
  },
  { additionalProperties: false },
);
export type GrantConsentBody = Static<typeof GrantConsentBody>;
