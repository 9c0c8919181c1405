import type { ServerProps } from 'payload'

import { audienceOfUser, isEditorOrAdmin } from '@/access'

/** On the dashboard, for editors and admins: how many people receive the newsletter. */
export async function SignupCount({ payload, user }: ServerProps) {
  if (!isEditorOrAdmin(audienceOfUser(user))) return null
  const count = (status: 'confirmed' | 'pending') =>
    payload
      .count({
        collection: 'newsletter-signups',
        where: { status: { equals: status } },
        overrideAccess: true,
      })
      .then((result) => result.totalDocs)
  const [confirmed, pending] = await Promise.all([count('confirmed'), count('pending')])
  return (
    <section aria-label="Newsletter" style={{ marginBottom: '1.5rem' }}>
      <h2 style={{ margin: '0 0 0.25rem' }}>Newsletter</h2>
      <p style={{ margin: 0 }}>
        <strong>{confirmed}</strong> confirmed subscriber{confirmed === 1 ? '' : 's'}, {pending}{' '}
        waiting for confirmation. <a href="/admin/collections/newsletter-signups">See the list</a>
      </p>
    </section>
  )
}
