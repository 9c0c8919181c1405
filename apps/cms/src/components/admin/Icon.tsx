import type { ServerProps } from 'payload'

import { Mark } from './Logo'
import { siteName } from './siteName'

/** The icon at the start of the breadcrumbs: the publication's mark, named for screen readers. */
export async function Icon({ payload }: ServerProps) {
  return (
    <span className="sok-icon" role="img" aria-label={await siteName(payload)}>
      <Mark size={18} />
    </span>
  )
}
