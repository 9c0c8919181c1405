import { ImageResponse } from 'next/og'

import { drawableText } from '@/lib/og-text'
import { getSiteSettings } from '@/lib/site'

/**
 * A generated social image for pages without one from the CMS: the page title on the site's
 * colours, drawn with the font bundled in Next. Every text passes `drawableText`, so no
 * character makes Next download an emoji or a font: nothing leaves the server at run time.
 */
export async function GET(request: Request) {
  const settings = await getSiteSettings()
  const siteName = drawableText(settings.siteName, 80)
  const title = drawableText(new URL(request.url).searchParams.get('title') ?? '', 140) || siteName
  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: 72,
        background: '#fbfaf7',
        borderTop: '24px solid #0e5563',
        color: '#1d2730',
      }}
    >
      <div style={{ fontSize: 36, color: '#0e5563' }}>{siteName}</div>
      <div style={{ fontSize: 64, lineHeight: 1.15 }}>{title}</div>
      <div style={{ fontSize: 28, color: '#4a5663' }}>
        {drawableText(settings.tagline ?? '', 160)}
      </div>
    </div>,
    { width: 1200, height: 630 },
  )
}
