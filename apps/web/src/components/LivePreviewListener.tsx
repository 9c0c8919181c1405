'use client'

import { RefreshRouteOnSave } from '@payloadcms/live-preview-react'
import { useRouter } from 'next/navigation'

/**
 * In the admin's Live Preview pane, the admin posts a message after every save (autosave
 * included); this re-renders the page on the server, which reads the latest draft through the
 * signed token as it always does. Messages from any origin but the CMS are ignored.
 */
export default function LivePreviewListener({ cmsOrigin }: { cmsOrigin: string }) {
  const router = useRouter()
  return <RefreshRouteOnSave refresh={router.refresh} serverURL={cmsOrigin} />
}
