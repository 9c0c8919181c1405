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
  const user = req.user as { collection?: string } | null | undefined
  return user?.collection === 'users' ? audienceOfUser(user) : 'anonymous'
}

/** Whether this audience edits and publishes all content: an editor or an admin. */
export function isEditorOrAdmin(audience: Audience): boolean {
  return audience === 'editor' || audience === 'admin'
}

/** The audience of a signed-in admin user, as admin components receive it (no `collection`). */
export function audienceOfUser(user: unknown): Audience {
  if (!user || typeof user !== 'object') return 'anonymous'
  const role = (user as { role?: unknown }).role
  // A user without a valid role gets the least privilege a signed-in user can have.
  return ROLES.includes(role as Role) ? (role as Role) : 'author'
}
