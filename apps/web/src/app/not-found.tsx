import Link from 'next/link'

export default function NotFound() {
  return (
    <section className="notice">
      <h1>Page not found</h1>
      <p>We could not find the page you were looking for. It may have moved or been unpublished.</p>
      <p>
        <Link href="/">Go to the latest articles</Link>
      </p>
    </section>
  )
}
