/** Above the sign-ups list: download them as CSV, all or by status. */
export function ExportSignupsLink() {
  const link = (status?: string) =>
    `/api/newsletter-signups/export.csv${status ? `?status=${status}` : ''}`
  return (
    <p style={{ margin: '0 0 1rem' }}>
      Download as CSV: <a href={link()}>all</a> · <a href={link('confirmed')}>confirmed</a> ·{' '}
      <a href={link('pending')}>pending</a> · <a href={link('unsubscribed')}>unsubscribed</a>
    </p>
  )
}
