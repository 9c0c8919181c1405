import Link from 'next/link'

import { MainMenu } from './MainMenu'
import type { SiteLink } from './SiteLink'

export function SiteHeader({ siteName, links }: { siteName: string; links: SiteLink[] }) {
  return (
    <header className="site-header">
      <div className="container header-row">
        <Link href="/" className="brand">
          {siteName}
        </Link>
        <MainMenu links={links} />
      </div>
    </header>
  )
}
