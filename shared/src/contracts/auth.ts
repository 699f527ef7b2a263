import { type Static, Type } from 'typebox';
import { StringEnum } from './common';
import { SessionUser } from './roles';

/** Email or Vietnamese mobile number ("0912 345 678", "+84912345678"). */
export const Identifier = Type.String({
  minLength: 3,
  maxLength: 254,
  description: 'Email or Vietnamese mobile number',
});

export const PASSWORD_MIN_LENGTH = 8;
export const Password = Type.String({ minLength: PASSWORD_MIN_LENGTH, maxLength: 200 });

export const SignInBody = Type.Object(
  { identifier: Identifier, password: Type.String({ minLength: 1, maxLength: 200 }) },
  { additionalProperties: false },
);
export type SignInBody = Static<typeof SignInBody>;

export const SessionResponse = Type.Object({ user: Type.Union([SessionUser, Type.Null()]) });
export type SessionResponse = Static<typeof SessionResponse>;

/** Activation: by the emailed link's token, or by the code a counselor handed over on paper. */
export const ActivateBody = Type.Object(
  {
    token: Type.Optional(Type.String({ minLength: 8, maxLength: 200 })),
    code: Type.Optional(Type.String({ minLength: 8, maxLength: 20, description: 'e.g. K7QM-2XPD' })),
    password: Password,
  },
  { additionalProperties: false },
);
export type ActivateBody = Static<typeof ActivateBody>;

export const PasswordResetRequestBody = Type.Object(
  { identifier: Identifier },
  { additionalProperties: false },
);
export const PasswordResetBody = Type.Object(
  { token: Type.String({ minLength: 8, maxLength: 200 }), password: Password },
  { additionalProperties: false },
);
export const ChangePasswordBody = Type.Object(
  { currentPassword: Type.String({ minLength: 1, maxLength: 200 }), newPassword: Password },
  { additionalProperties: false },
);
export const UpdateAccountBody = Type.Object(
  {
    locale: Type.Optional(StringEnum(['vi', 'en'])),
    displayName: Type.Optional(Type.String({ minLength: 2, maxLength: 100 })),
  },
  { additionalProperties: false },
);

export const TAX_CODE_PATTERN = '^(\\d{10}|\\d{10}-\\d{3}|\\d{13})$';

export const EmployerRegistrationBody = Type.Object(
  {
    companyName: Type.String({ minLength: 2, maxLength: 200 }),
    taxCode: Type.String({
      pattern: TAX_CODE_PATTERN,
      'x-message': {
        vi: 'Mã số thuế gồm 10 chữ số, hoặc 13 chữ số cho chi nhánh (ví dụ 0101234567 hoặc 0101234567-001).',
        en: 'A tax code has 10 digits, or 13 for a branch (e.g. 0101234567 or 0101234567-001).',
      },
    }),
    provinceCode: Type.String({ pattern: '^\\d{2}$' }),
    address: Type.Optional(Type.String({ maxLength: 300 })),
    industry: Type.Optional(Type.String({ maxLength: 120 })),
    contactName: Type.String({ minLength: 2, maxLength: 100 }),
    email: Type.String({ format: 'email', maxLength: 254 }),
    phone: Type.Optional(Type.String({ maxLength: 20 })),
    password: Password,
    fairChancePledge: Type.Boolean({
      description: 'Commits not to discriminate against people with a criminal record',
    }),
  },
  { additionalProperties: false },
);
export type EmployerRegistrationBody = Static<typeof EmployerRegistrationBody>;
