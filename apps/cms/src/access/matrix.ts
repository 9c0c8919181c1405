import { type AccessPreset, registeredContentTypes } from '@sok/content/content-types'
import type { Access, CollectionConfig, GlobalConfig, Where } from 'payload'

import { type Audience, audienceOf } from './roles'

/**
 * Who may do what, written once. Collections and globals take their access rules from this table,
 * and the integration tests walk every cell of it against a real database.
 *
 *   true / false       always allowed / never allowed
 *   'published'        only documents whose status is published
 *   'own'              only documents the user owns (for users: their own account)
 *   'publishedOrOwn'   published documents, plus the user's own drafts
 *   'draftOnly'        may create, but never as published
 *   'ownDraftOnly'     may change own documents until they are published, and never publish them
 *                      (a published article is the editors' to change, so an author cannot
 *                      rewrite or unpublish a live page)
 */
export type Rule = boolean | 'published' | 'own' | 'publishedOrOwn' | 'draftOnly' | 'ownDraftOnly'

type Cell = Record<Audience, Rule>
export type Operation = 'read' | 'create' | 'update' | 'delete' | 'readVersions' | 'unlock'

const everyone: Cell = { anonymous: true, author: true, editor: true, admin: true }
const editors: Cell = { anonymous: false, author: false, editor: true, admin: true }
const signedIn: Cell = { anonymous: false, author: true, editor: true, admin: true }
const adminsOnly: Cell = { anonymous: false, author: false, editor: false, admin: true }
const nobody: Cell = { anonymous: false, author: false, editor: false, admin: false }

/** Public reference content: everyone reads it, editors and admins change it. */
const editorialContent = { read: everyone, create: editors, update: editors, delete: editors }

export const accessMatrix = {
  articles: {
    read: { anonymous: 'published', author: 'publishedOrOwn', editor: true, admin: true },
    readVersions: { anonymous: false, author: 'own', editor: true, admin: true },
    create: { anonymous: false, author: 'draftOnly', editor: true, admin: true },
    update: { anonymous: false, author: 'ownDraftOnly', editor: true, admin: true },
    delete: editors,
  },
  authors: editorialContent,
  categories: editorialContent,
  // Drafts and versions like articles: the public sees an FAQ only once an editor publishes it.
  faqs: {
    read: { anonymous: 'published', author: 'published', editor: true, admin: true },
    readVersions: editors,
    create: editors,
    update: editors,
    delete: editors,
  },
  redirects: editorialContent,
  media: { read: everyone, create: signedIn, update: editors, delete: editors },
  // Sign-ups arrive only through the signup endpoint, which writes with the server's authority.
  'newsletter-signups': { read: editors, create: nobody, update: editors, delete: adminsOnly },
  // Internal rate-limit counters, written only by the server's own code.
  'rate-limits': { read: nobody, create: nobody, update: nobody, delete: nobody },
  // Editors start a send ("Send to subscribers now"); only the delivery job changes it afterwards.
  'newsletter-sends': { read: editors, create: editors, update: nobody, delete: nobody },
  // One row per reader per send, written only by the delivery job.
  'newsletter-recipients': { read: editors, create: nobody, update: nobody, delete: nobody },
  users: {
    read: { anonymous: false, author: 'own', editor: true, admin: true },
    create: adminsOnly,
    update: { anonymous: false, author: 'own', editor: 'own', admin: true },
    delete: adminsOnly,
    // Unlocking lifts the lockout that stops password guessing: an admin's decision.
    unlock: adminsOnly,
  },
} as const satisfies Record<string, Partial<Record<Operation, Cell>>>

export const globalAccessMatrix = {
  'site-settings': { read: everyone, update: editors },
} as const satisfies Record<string, { read: Cell; update: Cell }>

type Row = Partial<Record<Operation, Cell>>

/** The rows a content type gets from the `access` of its definition (@sok/content/content-types). */
const ACCESS_PRESETS: Record<AccessPreset, Row> = {
  public: editorialContent,
  // Like FAQs: the public sees a document once an editor publishes it.
  publishedDrafts: accessMatrix.faqs,
}

/** The rows of the registered content types that declare their access instead of a row above. */
export const contentTypeAccessMatrix: Record<string, Row> = Object.fromEntries(
  registeredContentTypes.flatMap((type) =>
    type.access ? [[type.collection, ACCESS_PRESETS[type.access]]] : [],
  ),
)

export type MatrixCollection = keyof typeof accessMatrix

/** The field that says who owns a document, for the 'own' rules. */
const OWNER_FIELD: Partial<Record<MatrixCollection, string>> = { articles: 'owner', users: 'id' }

function ruleToAccess(collection: string, operation: Operation, cell: Cell): Access {
  // Version documents keep the document's fields under `version`.
  const prefix = operation === 'readVersions' ? 'version.' : ''
  return ({ req, data }) => {
    const rule = cell[audienceOf(req)]
    if (typeof rule === 'boolean') return rule
    const published: Where = { [`${prefix}_status`]: { equals: 'published' } }
    const own: Where = {
      [`${prefix}${OWNER_FIELD[collection as MatrixCollection] ?? 'owner'}`]: {
        equals: req.user?.id,
      },
    }
    const publishing = (data as { _status?: string } | undefined)?._status === 'published'
    switch (rule) {
      case 'published':
        return published
      case 'own':
        return own
      case 'publishedOrOwn':
        return { or: [published, own] }
      case 'draftOnly':
        return !publishing
      case 'ownDraftOnly':
        return publishing ? false : { and: [own, { _status: { not_equals: 'published' } }] }
    }
  }
}

/** Payload `access` for a collection, from its row of the matrix. */
export function collectionAccess(collection: string): NonNullable<CollectionConfig['access']> {
  const row: Row | undefined =
    accessMatrix[collection as MatrixCollection] ?? contentTypeAccessMatrix[collection]
  if (!row) {
    throw new Error(
      `No access row for "${collection}": give its content type an \`access\` (packages/content/src/content-types) or add a row to apps/cms/src/access/matrix.ts.`,
    )
  }
  const access: NonNullable<CollectionConfig['access']> = {}
  for (const operation of Object.keys(row) as Operation[]) {
    access[operation] = ruleToAccess(collection, operation, row[operation]!)
  }
  return access
}

/** Payload `access` for a global, from its row of the matrix. */
export function globalAccess(
  global: keyof typeof globalAccessMatrix,
): NonNullable<GlobalConfig['access']> {
  const row = globalAccessMatrix[global]
  return {
    read: ({ req }) => row.read[audienceOf(req)] === true,
    update: ({ req }) => row.update[audienceOf(req)] === true,
  }
}
