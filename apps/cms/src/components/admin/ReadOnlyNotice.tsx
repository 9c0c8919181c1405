'use client'

import { Banner, useAuth, useDocumentInfo } from '@payloadcms/ui'

import { audienceOfUser } from '@/access/roles'

/**
 * At the top of an article an author may not change: says why the form is greyed out. Authors
 * write and edit their own drafts; once an article is published, only editors change it.
 */
export function ReadOnlyNotice() {
  const { user } = useAuth()
  const { id, docPermissions, hasPublishedDoc } = useDocumentInfo()
  if (!id || audienceOfUser(user) !== 'author' || docPermissions?.update) return null
  return (
    <Banner type="info">
      <strong>You can read this article but not change it.</strong>{' '}
      {hasPublishedDoc
        ? 'It is published, and only editors change articles that readers can see.'
        : 'Authors change only their own drafts.'}{' '}
      If something needs correcting, tell an editor.
    </Banner>
  )
}
