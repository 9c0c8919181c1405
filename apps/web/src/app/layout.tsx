import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'

import { SiteFooter } from '@/components/SiteFooter'
import { SiteHeader } from '@/components/SiteHeader'
import { siteLinks } from '@/components/SiteLink'
import { env } from '@/env'
import { getSiteSettings, siteOrigin } from '@/lib/site'

import './globals.css'

export async function generateMetadata(): Promise<Metadata> {
  const settings = await getSiteSettings()
  return {
    metadataBase: new URL(env.SITE_URL),
    title: { default: settings.siteName, template: `%s · ${settings.siteName}` },
    description:
      settings.tagline ??
      'Evidence-based articles on ketamine therapy: the studies, what they found, and what it means for patients.',
    alternates: {
      types: { 'application/rss+xml': [{ url: '/feed.xml', title: settings.siteName }] },
    },
  }
}

export const viewport: Viewport = { themeColor: '#0e5563' }

export default async function RootLayout({ children }: { children: ReactNode }) {
  const settings = await getSiteSettings()
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <SiteHeader
          siteName={settings.siteName}
          links={siteLinks(settings.navigation, siteOrigin)}
        />
        {/* No client-side providers here: pages that use React Query wrap those parts in
            <Providers>, so reading an article downloads none of it. */}
        <main id="main" className="container" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter settings={settings} links={siteLinks(settings.footer?.links, siteOrigin)} />
      </body>
    </html>
  )
}
