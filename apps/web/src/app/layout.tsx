import type { Metadata } from 'next'
import Link from 'next/link'
import type { ReactNode } from 'react'

import { env } from '@/env'

import './globals.css'
import { Providers } from './providers'

export const metadata: Metadata = {
  metadataBase: new URL(env.SITE_URL),
  title: { default: 'Science of Ketamine', template: '%s · Science of Ketamine' },
  description:
    'Evidence-based articles on ketamine therapy: the studies, what they found, and what it means for patients.',
}

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <div className="container">
            <Link href="/" className="brand">
              Science of Ketamine
            </Link>
          </div>
        </header>
        <Providers cmsPublicUrl={env.CMS_PUBLIC_URL}>
          <main id="main" className="container">
            {children}
          </main>
        </Providers>
        <footer className="site-footer">
          <div className="container">
            <p>
              Science of Ketamine explains research for patients, families and clinicians. It is not
              medical advice: talk to your own clinician about your care.
            </p>
          </div>
        </footer>
      </body>
    </html>
  )
}
