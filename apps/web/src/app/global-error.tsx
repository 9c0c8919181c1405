'use client'

import './globals.css'

import { LoadFailed } from '@/components/LoadFailed'

/** Shown when even the layout fails (e.g. the CMS cannot be reached for the site settings). */
export default function GlobalError({ reset }: { error: Error; reset: () => void }) {
  return (
    <html lang="en">
      <body>
        <main id="main" className="container">
          <LoadFailed heading="The site could not be loaded" reset={reset} />
        </main>
      </body>
    </html>
  )
}
