import Link from 'next/link'

/** "Newer" and "Older" links between the pages of a listing (?page=2). */
export function Pagination({
  basePath,
  page,
  totalPages,
}: {
  basePath: string
  page: number
  totalPages: number
}) {
  if (totalPages <= 1) return null
  const href = (target: number) => (target === 1 ? basePath : `${basePath}?page=${target}`)
  return (
    <nav aria-label="Pages" className="pagination">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev">
          ← Newer articles
        </Link>
      ) : (
        <span />
      )}
      <span>
        Page {page} of {totalPages}
      </span>
      {page < totalPages ? (
        <Link href={href(page + 1)} rel="next">
          Older articles →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  )
}
