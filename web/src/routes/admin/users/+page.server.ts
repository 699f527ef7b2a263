import { ROLES, type Role } from '@ctn/shared/contracts/roles';
import { USER_STATUSES, type UserStatus } from '@ctn/shared/contracts/users';
import { redirect } from '@sveltejs/kit';
import { adminApi } from '$lib/api/admin';
import { pageParam } from '$lib/api/query';
import { failWith, formValues, unwrap } from '$lib/server/api';
import { backWith, list, single } from '$lib/server/forms';
import { requireRole } from '$lib/server/guards';
import type { Actions, PageServerLoad } from './$types';

const STAFF_ROLES = ['admin', 'organizer', 'counselor', 'viewer'] as const;
type StaffRole = (typeof STAFF_ROLES)[number];

function pick<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return allowed.find((a) => a === value);
}

export const load: PageServerLoad = async (event) => {
  const user = requireRole(event.locals, event.url, ['admin']);
  const params = event.url.searchParams;
  const filters = {
    q: params.get('q')?.trim() || undefined,
    role: pick<Role>(params.get('role'), ROLES),
    status: pick<UserStatus>(params.get('status'), USER_STATUSES),
    provinceCode: pick(params.get('provinceCode'), user.provinceCodes),
  };
  const users = unwrap(await adminApi.listUsers(event, { ...filters, page: pageParam(event.url) }));
  return {
    filters,
    users,
    staffRoles: [...STAFF_ROLES],
    flash: { done: params.get('done'), who: params.get('who') },
  };
};

export const actions: Actions = {
  invite: async (event) => {
    const admin = requireRole(event.locals, event.url, ['admin']);
    const values = formValues(await event.request.formData());
    const provinceCodes = list(values.provinceCodes);
    const email = single(values.email) ?? '';
    const result = await adminApi.inviteStaff(event, {
      displayName: single(values.displayName) ?? '',
      email,
      roles: list(values.roles) as StaffRole[],
      // An admin of one province has no choice to make: the form does not ask.
      provinceCodes:
        provinceCodes.length || admin.provinceCodes.length !== 1 ? provinceCodes : admin.provinceCodes,
    });
    if (!result.ok) return failWith(result, { ...values, form: 'invite' });
    redirect(
      303,
      backWith('/admin/users', single(values.back), { done: 'invited', who: result.data.email ?? email }),
    );
  },

  update: async (event) => {
    requireRole(event.locals, event.url, ['admin']);
    const values = formValues(await event.request.formData());
    const result = await adminApi.updateUser(event, single(values.id) ?? '', {
      roles: list(values.roles) as Role[],
      provinceCodes: list(values.provinceCodes),
    });
    if (!result.ok) return failWith(result, { ...values, form: 'update' });
    redirect(303, backWith('/admin/users', single(values.back), { done: 'updated' }));
  },

  status: async (event) => {
    requireRole(event.locals, event.url, ['admin']);
    const values = formValues(await event.request.formData());
    const status = single(values.status) === 'disabled' ? 'disabled' : 'active';
    const result = await adminApi.updateUser(event, single(values.id) ?? '', { status });
    if (!result.ok) return failWith(result, { ...values, form: 'update' });
    redirect(303, backWith('/admin/users', single(values.back), { done: 'updated' }));
  },
};
