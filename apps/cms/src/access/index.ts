import type { Access, Where } from 'payload'

/** Anyone, signed in or not. */
export const anyone: Access = () => true

/** Any signed-in user of the admin. */
export const authenticated: Access = ({ req }) => Boolean(req.user)

/**
 * Signed-in users see drafts; everyone else sees only published documents. Returning a `where`
 * lets Postgres do the filtering, so list queries and counts stay correct.
 */
export const publishedOrAuthenticated: Access = ({ req }) => {
  if (req.user) return true
  const published: Where = { _status: { equals: 'published' } }
  return published
}
