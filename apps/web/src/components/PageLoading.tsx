/** What a page shows while it loads: a quiet placeholder that screen readers announce once. */
export function PageLoading({ label }: { label: string }) {
  return (
    <div className="page-loading">
      <p role="status" className="loading">
        {label}
      </p>
      <div className="skeleton skeleton-title" aria-hidden="true" />
      <div className="skeleton skeleton-line" aria-hidden="true" />
      <div className="skeleton skeleton-line" aria-hidden="true" />
    </div>
  )
}
