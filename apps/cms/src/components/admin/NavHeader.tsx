import type { ServerProps } from 'payload'

import { DesktopNav } from './DesktopNav'
import { Mark } from './Logo'
import { siteName } from './siteName'

/** The top of the navigation: which site this admin edits (and keeping the nav open on desktop). */
export async function NavHeader({ payload }: ServerProps) {
  return (
    <div className="sok-nav-header">
      <DesktopNav />
      <Mark size={32} />
      <span>
        <strong>{await siteName(payload)}</strong>
        <br />
        Editors&apos; admin
      </span>
    </div>
  )
}
