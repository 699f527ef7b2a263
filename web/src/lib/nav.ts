import type { Role, SessionUser } from '@ctn/shared';
import type { Messages } from './i18n';

export interface NavLink {
  href: string;
  label: string;
}

type NavKey = keyof Messages['common']['nav'];

/** Links per role, in the order people use them most. Public links come first for everyone. */
const ROLE_LINKS: Record<Role, { href: string; key: NavKey }[]> = {
  admin: [
    { href: '/admin', key: 'admin' },
    { href: '/admin/users', key: 'users' },
    { href: '/admin/employers', key: 'employers' },
    { href: '/admin/postings', key: 'moderation' },
    { href: '/admin/fairs', key: 'manageFairs' },
    { href: '/admin/audit', key: 'audit' },
  ],
  organizer: [{ href: '/organizer', key: 'manageFairs' }],
  counselor: [
    { href: '/counselor', key: 'caseload' },
    { href: '/counselor/tasks', key: 'tasks' },
  ],
  employer: [
    { href: '/employer', key: 'postings' },
    { href: '/employer/applications', key: 'applications' },
    { href: '/employer/booths', key: 'booths' },
  ],
  returnee: [
    { href: '/me', key: 'myMatches' },
    { href: '/me/applications', key: 'myApplications' },
    { href: '/me/consents', key: 'myConsents' },
  ],
  viewer: [{ href: '/reports/fairs', key: 'reports' }],
};

export function navLinks(user: SessionUser | null, m: Messages): NavLink[] {
  const links: NavLink[] = [
    { href: '/jobs', label: m.common.nav.jobs },
    { href: '/fairs', label: m.common.nav.fairs },
  ];
  const seen = new Set(links.map((l) => l.href));
  for (const role of user?.roles ?? []) {
    for (const { href, key } of ROLE_LINKS[role]) {
      if (seen.has(href)) continue;
      seen.add(href);
      links.push({ href, label: m.common.nav[key] });
    }
  }
  return links;
}

/**
 * The link of the page being shown: the longest href that is the path or one of its parents, so
 * /admin/users marks "Người dùng" and not "Quản trị" as well.
 */
export function currentHref(links: NavLink[], pathname: string): string | undefined {
  return links
    .map((link) => link.href)
    .filter((href) => pathname === href || pathname.startsWith(`${href}/`))
    .sort((a, b) => b.length - a.length)[0];
}

/** Where a person lands after signing in: their most-used screen. */
export function homeFor(user: SessionUser): string {
  const order: Role[] = ['admin', 'organizer', 'counselor', 'employer', 'returnee', 'viewer'];
  const role = order.find((r) => user.roles.includes(r));
  return role ? (ROLE_LINKS[role][0]?.href ?? '/') : '/';
}
