'use client'

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <section className="notice" role="alert">
      <h1>This page could not be loaded</h1>
      <p>Something went wrong on our side. Please try again in a moment.</p>
      <button type="button" className="button" onClick={reset}>
        Try again
      </button>
    </section>
  )
}
