import type { ServerProps } from 'payload'

import { siteName } from './siteName'

/** The login page's logo: the publication's mark and name, not Payload's. */
export async function Logo({ payload }: ServerProps) {
  const name = await siteName(payload)
  return (
    <div className="sok-logo">
      <Mark size={48} />
      <span className="sok-logo__name">{name}</span>
      <span className="sok-logo__sub">Editors&apos; admin</span>
    </div>
  )
}

/** A flask with a rising line: science, in the site's teal. */
export function Mark({ size }: { size: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 48 48" role="img" aria-hidden="true">
      <rect width="48" height="48" rx="10" fill="#0e5563" />
      <path
        d="M19 10h10M21 10v10L12 36a3 3 0 0 0 2.6 4.5h18.8A3 3 0 0 0 36 36L27 20V10"
        fill="none"
        stroke="#fff"
        strokeWidth="2.6"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
      <path
        d="M16 31l6-4 4 3 6-5"
        fill="none"
        stroke="#7fd3c7"
        strokeWidth="2.6"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  )
}
