import Link from 'next/link'

import { safeLink } from '@/lib/safe-url'

export interface SiteLink {
  label: string
  href: string
  external: boolean
}

/** Links from site settings, with anything unsafe left out. */
export function siteLinks(
  links: { label: string; link: string }[] | null | undefined,
  siteOrigin: string,
): SiteLink[] {
  return (links ?? []).flatMap(({ label, link }) => {
    const safe = safeLink(link, siteOrigin)
    return safe ? [{ label, href: safe.href, external: safe.external }] : []
  })
}

export function SiteAnchor({ link, className }: { link: SiteLink; className?: string }) {
  return link.external ? (
    <a href={link.href} rel="noopener noreferrer" className={className}>
      {link.label}
    </a>
  ) : (
    <Link href={link.href} className={className}>
      {link.label}
    </Link>
  )
}
