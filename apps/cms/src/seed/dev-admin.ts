/**
 * The admin login that development databases are seeded with. Shared by the CMS env and the
 * `npm run dev` launcher, which prints it. Production never seeds a user: the first visit to
 * /admin asks for one.
 */
export const DEV_ADMIN_DEFAULTS = {
  email: 'admin@example.com',
  password: 'ketamine-science-dev',
} as const
