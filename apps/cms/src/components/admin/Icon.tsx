import type { ServerProps } from 'payload'

import { Mark } from './Logo'
import { siteName } from './siteName'

/** The nav bar's icon: the publication's mark with its name beside it. */
export async function Icon({ payload }: ServerProps) {
  return (
    <span className="sok-icon">
      <Mark size={24} />
      <span className="sok-icon__name">{await siteName(payload)}</span>
    </span>
  )
}
