'use client'

/** What a visitor sees when a page, or the whole site, failed to render: an apology and a retry. */
export function LoadFailed({ heading, reset }: { heading: string; reset: () => void }) {
  return (
    <section className="notice" role="alert">
      <h1>{heading}</h1>
      <p>Something went wrong on our side. Please try again in a moment.</p>
      <button type="button" className="button" onClick={reset}>
        Try again
      </button>
    </section>
  )
}
