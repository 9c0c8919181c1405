import type { PayloadRequest } from 'payload'

export const ROLES = ['admin', 'editor', 'author'] as const
export type Role = (typeof ROLES)[number]

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Admin: everything, including managing users',
  editor: 'Editor: writes, edits and publishes all content',
  author: 'Author: writes and edits their own drafts',
}

/** Who is asking: a signed-in role, or an anonymous visitor. */
export type Audience = 'anonymous' | Role

export function audienceOf(req: Pick<PayloadRequest, 'user'>): Audience {
  const user = req.user as { collection?: string; role?: unknown } | null | undefined
  if (!user || user.collection !== 'users') return 'anonymous'
  // A user without a valid role gets the least privilege a signed-in user can have.
  return ROLES.includes(user.role as Role) ? (user.role as Role) : 'author'
}
