import { adminApi } from '$lib/api/admin';
import { unwrap } from '$lib/server/api';
import type { PageServerLoad } from './$types';

/** Counts of what waits for the admin; pageSize 1 because only the totals are needed. */
export const load: PageServerLoad = async (event) => {
  const [employers, deletions, invited] = await Promise.all([
    adminApi.listEmployers(event, { verified: false, pageSize: 1 }),
    adminApi.listDeletionRequests(event, 'pending'),
    adminApi.listUsers(event, { status: 'invited', pageSize: 1 }),
  ]);
  return {
    pendingEmployers: unwrap(employers).total,
    pendingDeletions: unwrap(deletions).length,
    invitedUsers: unwrap(invited).total,
  };
};
