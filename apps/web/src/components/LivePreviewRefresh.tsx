'use client'

import dynamic from 'next/dynamic'

/**
 * Keeps the article page in the admin's Live Preview pane in step with the editor. The page
 * renders it only in preview mode, and its code is a separate chunk loaded only then: readers
 * never download it.
 */
export const LivePreviewRefresh = dynamic(() => import('./LivePreviewListener'), { ssr: false })
