import { ImageResponse } from 'next/og'

import { getSiteSettings } from '@/lib/site'

/**
 * A generated social image for pages without one from the CMS: the page title on the site's
 * colours, drawn with the font bundled in Next (no font download).
 */
export async function GET(request: Request) {
  const settings = await getSiteSettings()
  const title = (new URL(request.url).searchParams.get('title') ?? settings.siteName).slice(0, 140)
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
      <div style={{ fontSize: 36, color: '#0e5563' }}>{settings.siteName}</div>
      <div style={{ fontSize: 64, lineHeight: 1.15 }}>{title}</div>
      <div style={{ fontSize: 28, color: '#4a5663' }}>{settings.tagline ?? ''}</div>
    </div>,
    { width: 1200, height: 630 },
  )
}
