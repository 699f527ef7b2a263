import { notificationsApi } from '$lib/api/matching';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async (event) => ({
  locale: event.locals.locale,
  user: event.locals.user,
  // The bell's count: one small query per page for people who are signed in.
  unreadNotifications: event.locals.user ? await unreadCount(event) : 0,
});

async function unreadCount(event: Parameters<LayoutServerLoad>[0]): Promise<number> {
  const result = await notificationsApi.unread(event);
  return result.ok ? result.data.unread : 0;
}
