import Link from 'next/link'

export default function NotFound() {
  return (
    <section className="notice">
      <h1>Page not found</h1>
      <p>We could not find the page you were looking for. It may have moved or been unpublished.</p>
      <ul className="notice-links">
        <li>
          <Link href="/">Go to the latest articles</Link>
        </li>
        <li>
          <Link href="/search">Search the site</Link>
        </li>
        <li>
          <Link href="/faq">Read the frequently asked questions</Link>
        </li>
      </ul>
    </section>
  )
}
