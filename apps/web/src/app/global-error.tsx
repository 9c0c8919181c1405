'use client'

import './globals.css'

/** Shown when even the layout fails (e.g. the CMS cannot be reached for the site settings). */
export default function GlobalError({ reset }: { error: Error; reset: () => void }) {
  return (
    <html lang="en">
      <body>
        <main id="main" className="container">
          <section className="notice" role="alert">
            <h1>The site could not be loaded</h1>
            <p>Something went wrong on our side. Please try again in a moment.</p>
            <button type="button" className="button" onClick={reset}>
              Try again
            </button>
          </section>
        </main>
      </body>
    </html>
  )
}
