import { Gutter, SetDocumentStepNav } from '@payloadcms/ui'
import type { DocumentViewServerProps } from 'payload'

import { changedFields, type NamedField } from '@/editorial/changedFields'
import { siteTimezone } from '@/scheduling/siteTimezone'
import { formatAdminDate } from '@/scheduling/time'

import { findByIds } from './findByIds'

type VersionRow = {
  id: number | string
  updatedAt: string
  autosave?: boolean | null
  latest?: boolean | null
  version: {
    _status?: string | null
    lastChangedBy?: number | { id: number } | null
  } & Record<string, unknown>
}

/** Bookkeeping every save changes, and the status the "What" column already shows. */
const NOT_EDITED = new Set(['lastChangedBy', '_status'])

/**
 * An article's version history that names who made each change (the `lastChangedBy` field every
 * save stores) and which fields changed since the version before it. Opening a row shows
 * Payload's own comparison and "Restore" for that version.
 */
export async function VersionHistory({ initPageResult }: DocumentViewServerProps) {
  const { req, docID } = initPageResult
  const { payload } = req
  const { docs, totalDocs } = await payload.findVersions({
    collection: 'articles',
    where: { parent: { equals: docID } },
    sort: '-updatedAt',
    limit: 100,
    depth: 0,
    overrideAccess: false,
    user: req.user,
    req,
  })
  // Payload's TypeWithVersion leaves out the `autosave` flag each version comes back with.
  const rows = docs as unknown as VersionRow[]
  const userIds = [
    ...new Set(
      rows.flatMap(({ version }) => {
        const who = version.lastChangedBy
        return who ? [typeof who === 'object' ? who.id : who] : []
      }),
    ),
  ]
  // Names of colleagues only: everyone who can read this history works on the site.
  const people = await findByIds(payload, 'users', userIds, { name: true })
  const nameOf = new Map(people.map((person) => [person.id, person.name]))
  const fields: NamedField[] = payload.collections.articles.config.flattenedFields
    .filter((field) => !NOT_EDITED.has(field.name) && !field.admin?.hidden)
    .map((field) => ({
      name: field.name,
      label: typeof field.label === 'string' ? field.label : field.name,
    }))
  /** What changed since the version below it (the next older one); the oldest, what it filled in. */
  const changes = (index: number) => {
    const older = rows[index + 1]
    if (!older && totalDocs > rows.length) return ''
    const changed = changedFields(rows[index]!.version, older?.version ?? {}, fields)
    if (!older) return changed.length ? `First version: ${changed.join(', ')}` : 'First version'
    return changed.length ? changed.join(', ') : 'No changes to the content'
  }
  const base = `/admin/collections/articles/${docID}/versions`
  const timezone = await siteTimezone(payload)

  return (
    <>
      <SetDocumentStepNav
        collectionSlug="articles"
        id={docID}
        pluralLabel="Articles"
        useAsTitle="title"
        view="Version history"
      />
      <main className="versions sok-versions">
        <Gutter>
          <p>
            Every save is kept, newest first: autosaved drafts, saved drafts and each publication.
            Open one to compare it with the current version or to restore it.
          </p>
          {rows.length === 0 ? (
            <p>No versions yet.</p>
          ) : (
            <table className="sok-versions__table">
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">Who</th>
                  <th scope="col">What</th>
                  <th scope="col">Changed</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row, index) => {
                  const who = row.version.lastChangedBy
                  const id = who ? (typeof who === 'object' ? who.id : who) : undefined
                  const what =
                    row.version._status === 'published'
                      ? 'Published'
                      : row.autosave
                        ? 'Draft (saved automatically)'
                        : 'Draft'
                  return (
                    <tr key={row.id}>
                      <td>
                        <a href={`${base}/${row.id}`}>{formatAdminDate(row.updatedAt, timezone)}</a>
                      </td>
                      <td>
                        {id ? (nameOf.get(id) ?? 'A former user') : 'Automatic (nobody signed in)'}
                      </td>
                      <td>
                        {what}
                        {row.latest ? ' · latest' : ''}
                      </td>
                      <td>{changes(index)}</td>
                    </tr>
                  )
                })}
              </tbody>
            </table>
          )}
        </Gutter>
      </main>
    </>
  )
}
