import {
  type CollectionBeforeValidateHook,
  type FlattenedField,
  type PayloadRequest,
  ValidationError,
} from 'payload'

import { validateWebUrl } from '@/fields/validators'

/**
 * Payload skips field validation when a draft is saved (autosave must keep half-written work),
 * so a draft could carry a related-article list of any length, ids that do not exist (answered
 * with a database error, 500) or itself, and `javascript:` links in its references, which the
 * preview then shows. These checks cost little and do not stop an unfinished draft from saving,
 * so they run on every save, draft or not.
 */

interface Problem {
  path: string
  message: string
}

type RelationField = Extract<FlattenedField, { type: 'relationship' | 'upload' }>

/** An id as Payload accepts it in a relationship: a number, a numeric string, or `{ id }`. */
function idOf(value: unknown): number | null {
  const raw = value && typeof value === 'object' && 'id' in value ? value.id : value
  const id = typeof raw === 'string' && /^\d{1,15}$/.test(raw) ? Number(raw) : raw
  return typeof id === 'number' && Number.isSafeInteger(id) && id > 0 ? id : null
}

/** Relationship and upload fields, with the path of each, at the top level and in named tabs. */
function relationFields(
  fields: readonly FlattenedField[],
  data: Record<string, unknown>,
  prefix = '',
): { field: RelationField; path: string; value: unknown }[] {
  return fields.flatMap((field) => {
    if (!('name' in field) || !(field.name in data)) return []
    const value = data[field.name]
    if ((field.type === 'group' || field.type === 'tab') && value && typeof value === 'object') {
      return relationFields(
        field.flattenedFields,
        value as Record<string, unknown>,
        `${prefix}${field.name}.`,
      )
    }
    if (
      (field.type === 'relationship' || field.type === 'upload') &&
      !Array.isArray(field.relationTo)
    ) {
      return [{ field, path: `${prefix}${field.name}`, value }]
    }
    return []
  })
}

async function missingIds(
  req: PayloadRequest,
  collection: string,
  ids: number[],
): Promise<number[]> {
  if (ids.length === 0) return []
  const found = await req.payload.find({
    collection: collection as 'articles',
    where: { id: { in: ids } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: {},
    req,
  })
  const existing = new Set(found.docs.map((doc) => doc.id))
  return ids.filter((id) => !existing.has(id))
}

async function relationProblems(
  req: PayloadRequest,
  fields: readonly FlattenedField[],
  data: Record<string, unknown>,
  collectionSlug: string,
  ownId: number | undefined,
): Promise<Problem[]> {
  const problems: Problem[] = []
  for (const { field, path, value } of relationFields(fields, data)) {
    if (value === null || value === undefined) continue
    const label = typeof field.label === 'string' ? field.label : field.name
    const values = field.hasMany ? (Array.isArray(value) ? value : null) : [value]
    if (!values) {
      problems.push({ path, message: `${label}: expected a list of document ids.` })
      continue
    }
    const ids = values.map(idOf)
    if (ids.some((id) => id === null)) {
      problems.push({ path, message: `${label}: every entry must be a document id.` })
      continue
    }
    const maxRows = 'maxRows' in field ? field.maxRows : undefined
    if (field.hasMany && maxRows !== undefined && values.length > maxRows) {
      problems.push({ path, message: `${label}: choose at most ${maxRows}.` })
      continue
    }
    if (ownId !== undefined && field.relationTo === collectionSlug && ids.includes(ownId)) {
      problems.push({ path, message: `${label}: a document cannot point to itself.` })
      continue
    }
    const relatedSlug = field.relationTo as string
    const missing = await missingIds(req, relatedSlug, [...new Set(ids as number[])])
    if (missing.length) {
      problems.push({
        path,
        message: `${label}: ${missing.length === 1 ? 'there is no document' : 'there are no documents'} with id ${missing.join(', ')} (it may have been deleted).`,
      })
    }
  }
  return problems
}

function referenceProblems(data: Record<string, unknown>): Problem[] {
  const references = data.references
  if (!Array.isArray(references)) return []
  return references.flatMap((reference, index) => {
    const url =
      reference && typeof reference === 'object' ? (reference as { url?: unknown }).url : undefined
    const result = validateWebUrl(url)
    return result === true ? [] : [{ path: `references.${index}.url`, message: result }]
  })
}

export const checkDrafts: CollectionBeforeValidateHook = async ({
  collection,
  data,
  originalDoc,
  req,
}) => {
  if (!data) return data
  const record = data as Record<string, unknown>
  const ownId = (originalDoc as { id?: number } | undefined)?.id
  const problems = [
    ...(await relationProblems(req, collection.flattenedFields, record, collection.slug, ownId)),
    ...referenceProblems(record),
  ]
  if (problems.length) {
    throw new ValidationError({ collection: collection.slug, errors: problems, req })
  }
  return data
}
