import type { ErrorEnvelope } from '@ctn/shared/contracts/common';
import type { UpdateReturneeProfileBody } from '@ctn/shared/contracts/returnees';
import type { Locale } from '@ctn/shared/i18n/locale';
import { CERTIFICATE_KINDS, CERTIFICATE_LEVELS } from '@ctn/shared/taxonomy/certificates';
import { communesInProvince } from '@ctn/shared/taxonomy/communes';
import { findOccupations, OCCUPATIONS, occupationByCode } from '@ctn/shared/taxonomy/occupations';
import { PROVINCES } from '@ctn/shared/taxonomy/provinces';
import { SKILLS } from '@ctn/shared/taxonomy/skills';
import { type Actions, error, fail, type RequestEvent, redirect } from '@sveltejs/kit';
import { profileApi } from '$lib/api/matching';
import { fieldErrors, formValues } from '$lib/server/api';
import { integerOrText, list, single } from '$lib/server/forms';

/**
 * The profile editor's server side, shared by the counselor's page and the person's own: choices for
 * the typeaheads (built here so the taxonomy modules stay out of the browser bundle) and one form action
 * per section. A failed section comes back with everything typed and each message next to its field.
 */

/** "7212 – Thợ hàn…" for a datalist; the code at the start is what the action reads back. */
export function occupationLabel(code: string | undefined, locale: Locale): string {
  if (!code) return '';
  const occupation = occupationByCode(code);
  if (!occupation) return code;
  return `${code} – ${locale === 'en' ? occupation.nameEn : occupation.nameVi}`;
}

export function profileOptions(locale: Locale, provinceCode: string) {
  return {
    // Vietnamese names in both languages: they are what the profile stores and what matching compares.
    skillNames: SKILLS.map((skill) => skill.nameVi),
    occupationOptions: OCCUPATIONS.filter((o) => o.level === 4).map((o) => occupationLabel(o.code, locale)),
    certificateGroups: (Object.keys(CERTIFICATE_KINDS) as (keyof typeof CERTIFICATE_KINDS)[]).map((kind) => ({
      label: CERTIFICATE_KINDS[kind][locale],
      levels: CERTIFICATE_LEVELS.filter((level) => level.kind === kind).map((level) => ({
        id: level.id,
        name: locale === 'en' ? level.nameEn : level.nameVi,
      })),
    })),
    provinces: PROVINCES.map((p) => ({ code: p.code, name: locale === 'en' ? p.nameEn : p.name })),
    communes: communesInProvince(provinceCode).map((c) => ({
      code: c.code,
      name: locale === 'en' ? c.nameEn : c.fullName,
    })),
  };
}

/** An occupation from what was typed or picked: "7212 – …", "7212", or a name ("thợ hàn"). */
function occupationFrom(text: string | undefined): string | undefined {
  const value = text?.trim();
  if (!value) return undefined;
  const code = /^(\d{1,4})\b/.exec(value)?.[1];
  if (code) return code;
  return findOccupations(value, { levels: [4], limit: 1 })[0]?.code ?? value;
}

const SECTIONS = [
  'basic',
  'skills',
  'certificates',
  'work',
  'education',
  'wishes',
  'availability',
  'needs',
] as const;
export type ProfileSection = (typeof SECTIONS)[number];

type Values = Record<string, string | string[]>;
type Built = { body: UpdateReturneeProfileBody; fieldFor: (apiField: string) => string };

const identity = (field: string) => field;

/** Rows of a repeated group (`cert-0-level`, `cert-1-level`, …) in the order they were on the page. */
function rows(
  values: Values,
  prefix: string,
): { index: number; get: (name: string) => string | undefined }[] {
  const indexes = new Set<number>();
  for (const key of Object.keys(values)) {
    const match = new RegExp(`^${prefix}-(\\d+)-`).exec(key);
    if (match) indexes.add(Number(match[1]));
  }
  return [...indexes]
    .sort((a, b) => a - b)
    .map((index) => ({ index, get: (name: string) => single(values[`${prefix}-${index}-${name}`]) }));
}

/** The API body for one section, and how the API's field names map back to the form's. */
function buildSection(section: ProfileSection, values: Values, self: boolean): Built {
  switch (section) {
    case 'basic': {
      const gender = single(values.gender);
      const body: UpdateReturneeProfileBody = {
        displayName: single(values.displayName) ?? '',
        birthYear: (integerOrText(single(values.birthYear)) as number | undefined) ?? null,
        gender: (gender as UpdateReturneeProfileBody['gender']) ?? null,
        phone: single(values.phone) ?? null,
        email: single(values.email) ?? null,
        communeCode: single(values.communeCode) ?? null,
      };
      if (!self && single(values.status))
        body.status = single(values.status) as UpdateReturneeProfileBody['status'];
      return { body, fieldFor: identity };
    }
    case 'skills': {
      const labels = [...list(values.skill), ...list(values.newSkill)];
      return {
        body: { skills: labels.map((label) => ({ label: label.slice(0, 100) })) },
        fieldFor: (field) => (field.startsWith('skills') ? 'newSkill' : field),
      };
    }
    case 'certificates': {
      const kept = rows(values, 'cert').filter((row) => row.get('keep') !== undefined && row.get('level'));
      return {
        body: {
          certificates: kept.map((row) => ({
            ...(row.get('id') ? { id: row.get('id') } : {}),
            level: row.get('level') ?? '',
            ...(occupationFrom(row.get('occupation'))
              ? { occupationCode: occupationFrom(row.get('occupation')) }
              : {}),
            ...(row.get('issuer') ? { issuer: row.get('issuer') } : {}),
            ...(row.get('year') ? { year: integerOrText(row.get('year')) as number } : {}),
          })),
        },
        fieldFor: (field) => {
          const match = /^certificates\.(\d+)\.(\w+)$/.exec(field);
          if (!match) return field;
          const name = match[2] === 'occupationCode' ? 'occupation' : match[2];
          return `cert-${kept[Number(match[1])]?.index ?? 0}-${name}`;
        },
      };
    }
    case 'work': {
      const kept = rows(values, 'work').filter((row) => row.get('keep') !== undefined && row.get('title'));
      return {
        body: {
          workHistory: kept.map((row) => ({
            title: row.get('title') ?? '',
            ...(occupationFrom(row.get('occupation'))
              ? { occupationCode: occupationFrom(row.get('occupation')) }
              : {}),
            ...(row.get('employer') ? { employer: row.get('employer') } : {}),
            ...(row.get('fromYear') ? { fromYear: integerOrText(row.get('fromYear')) as number } : {}),
            ...(row.get('toYear') ? { toYear: integerOrText(row.get('toYear')) as number } : {}),
          })),
        },
        fieldFor: (field) => {
          const match = /^workHistory\.(\d+)\.(\w+)$/.exec(field);
          if (!match) return field;
          const name = match[2] === 'occupationCode' ? 'occupation' : match[2];
          return `work-${kept[Number(match[1])]?.index ?? 0}-${name}`;
        },
      };
    }
    case 'education':
      return {
        body: {
          educationLevel:
            (single(values.educationLevel) as UpdateReturneeProfileBody['educationLevel']) ?? null,
          educationNote: single(values.educationNote) ?? null,
        },
        fieldFor: identity,
      };
    case 'wishes': {
      const desired = list(values.desired)
        .map((text) => occupationFrom(text))
        .filter((code): code is string => !!code);
      const wage = single(values.expectedWage)?.replace(/[.,\s]/g, '');
      return {
        body: {
          desiredOccupations: [...new Set(desired)],
          acceptableProvinces: list(values.acceptableProvinces),
          willingToRelocate: single(values.willingToRelocate) === 'on',
          expectedWage: wage ? (integerOrText(wage) as number) : null,
        },
        fieldFor: (field) => (field.startsWith('desiredOccupations') ? 'desired' : field),
      };
    }
    case 'availability':
      return {
        body: {
          availability: {
            ...(single(values.availableFrom) ? { from: single(values.availableFrom) } : {}),
            shifts: list(values.shifts) as NonNullable<UpdateReturneeProfileBody['availability']>['shifts'],
            employmentTypes: list(values.employmentTypes) as NonNullable<
              UpdateReturneeProfileBody['availability']
            >['employmentTypes'],
          },
        },
        fieldFor: (field) => (field.startsWith('availability.from') ? 'availableFrom' : field),
      };
    case 'needs':
      return {
        body: { needs: list(values.needs) as UpdateReturneeProfileBody['needs'] },
        fieldFor: identity,
      };
  }
}

function failSection(
  result: { status: number; error: ErrorEnvelope },
  values: Values,
  section: ProfileSection,
  fieldFor: (field: string) => string,
) {
  const errors: Record<string, string> = {};
  for (const [field, message] of Object.entries(fieldErrors(result.error?.fields)))
    errors[fieldFor(field)] ??= message;
  return fail(result.status >= 400 && result.status < 500 ? result.status : 500, {
    values: { ...values, section },
    errors,
    message: result.error?.message ?? '',
    section,
  });
}

/**
 * `?/saveProfile` (one section per submission) and `?/verifyCertificate` for a page of one person.
 * `self`: the person's own page (no status, no verification).
 */
export function profileActions(returneeIdOf: (event: RequestEvent) => string | undefined, self = false) {
  const target = (event: RequestEvent) => {
    const id = returneeIdOf(event);
    if (!id) error(404, { message: 'Not found' });
    return id;
  };
  return {
    saveProfile: async (event) => {
      const values = formValues(await event.request.formData());
      const section = single(values.section) as ProfileSection;
      if (!SECTIONS.includes(section)) error(400, { message: 'Unknown section' });
      const { body, fieldFor } = buildSection(section, values, self);
      const result = await profileApi.update(event, target(event), body);
      if (!result.ok) return failSection(result, values, section, fieldFor);
      redirect(303, `${event.url.pathname}?saved=${section}#${section}`);
    },
    verifyCertificate: async (event) => {
      const values = formValues(await event.request.formData());
      const result = await profileApi.verifyCertificate(
        event,
        target(event),
        single(values.certificateId) ?? '',
        single(values.verified) === 'true',
      );
      if (!result.ok)
        return fail(result.status, {
          message: result.error?.message ?? '',
          section: 'certificates',
          values: {},
        });
      redirect(303, `${event.url.pathname}?saved=certificates#certificates`);
    },
  } satisfies Actions;
}
