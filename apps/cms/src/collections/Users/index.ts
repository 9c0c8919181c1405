import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { audienceOf, collectionAccess, ROLE_LABELS, ROLES } from '@/access'
import { loginEndpoint } from '@/auth/login'
import { env } from '@/env'

/** The very first account (Payload's "create first user" screen) is an admin. */
const firstUserIsAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', overrideAccess: true, req })
  return totalDocs === 0 ? { ...data, role: 'admin' } : data
}

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: 'User', plural: 'Users' },
  admin: {
    hideAPIURL: true,
    group: 'Settings',
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'role', 'updatedAt'],
    description: 'People who can sign in to this admin. Only admins add or remove users.',
  },
  auth: {
    // After 5 wrong passwords the account is locked for 15 minutes; sign-in also has a per-IP
    // limit and answers every failure alike (src/auth/login.ts).
    maxLoginAttempts: 5,
    lockTime: 15 * 60 * 1000,
    // Production is served over HTTPS: the session cookie never travels in clear.
    cookies: { secure: env.production },
  },
  // Sign-in, unlock and password resets go through REST only, where their protections live.
  graphQL: { disableMutations: true },
  endpoints: [loginEndpoint],
  access: {
    ...collectionAccess('users'),
    admin: ({ req }) => audienceOf(req) !== 'anonymous',
  },
  hooks: { beforeChange: [firstUserIsAdmin] },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      admin: { description: 'Shown in the admin, e.g. in version history.' },
    },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'author',
      saveToJWT: true,
      options: ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] })),
      access: {
        // Only an admin can give or change a role, so nobody can promote themselves.
        create: ({ req }) => audienceOf(req) === 'admin',
        update: ({ req }) => audienceOf(req) === 'admin',
      },
      admin: { description: 'What this person may do in the admin.' },
    },
  ],
}
