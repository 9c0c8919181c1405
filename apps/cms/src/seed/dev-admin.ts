/**
 * The logins that development databases are seeded with, one per role, sharing one password.
 * Shared by the CMS env and the `npm run dev` launcher, which prints them. Production never seeds
 * a user: the first visit to /admin asks for one.
 */
export const DEV_ADMIN_DEFAULTS = {
  email: 'admin@example.com',
  password: 'ketamine-science-dev',
} as const

export const DEV_USERS = [
  { name: 'Dev Admin', email: DEV_ADMIN_DEFAULTS.email, role: 'admin' },
  { name: 'Dev Editor', email: 'editor@example.com', role: 'editor' },
  { name: 'Dev Author', email: 'author@example.com', role: 'author' },
] as const
