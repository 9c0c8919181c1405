import type { MetadataRoute } from 'next'

import { absoluteUrl } from '@/lib/site'

// Rendered per request: the sitemap's address comes from SITE_URL at run time, not at build time.
export const dynamic = 'force-dynamic'

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/admin', '/preview', '/api'] },
    sitemap: absoluteUrl('/sitemap.xml'),
  }
}
