import { DefaultListView } from '@payloadcms/ui'
import type { ListViewClientProps, ListViewServerProps } from 'payload'

import { audienceOfUser } from '@/access'

/**
 * What the list view gets only on the server (Payload's `ServerProps` and the list's own); the
 * rest goes to Payload's client list view.
 */
const SERVER_ONLY = new Set<string>([
  'documentSubViewType',
  'i18n',
  'id',
  'locale',
  'params',
  'payload',
  'permissions',
  'searchParams',
  'user',
  'visibleEntities',
  'collectionConfig',
  'data',
  'limit',
  'listSearchableFields',
])

/**
 * Payload's list view. Authors get no bulk actions: bulk publish, unpublish and edit would only
 * end in "An unknown error has occurred" for them, because the server refuses them all.
 */
export function ArticleList(props: ListViewServerProps) {
  const clientProps = Object.fromEntries(
    Object.entries(props).filter(([key]) => !SERVER_ONLY.has(key)),
  ) as ListViewClientProps
  const author = audienceOfUser(props.user) === 'author'
  const list = (
    <DefaultListView
      {...clientProps}
      disableBulkEdit={author || clientProps.disableBulkEdit}
      disableBulkDelete={author || clientProps.disableBulkDelete}
    />
  )
  return author ? <div className="sok-list--no-bulk">{list}</div> : list
}
