'use client'

import { createContentClient, type ContentClient } from '@sok/content'
import { QueryClientProvider } from '@tanstack/react-query'
import { createContext, type ReactNode, useContext, useMemo } from 'react'

import { getQueryClient } from '@/lib/query-client'

/** A visitor's search or "Show more" waits this long before showing the error and Retry. */
const BROWSER_TIMEOUT_MS = 10_000

const ContentClientContext = createContext<ContentClient | null>(null)

/** The browser's content client, pointed at the CMS's public address. */
export function useContentClient(): ContentClient {
  const client = useContext(ContentClientContext)
  if (!client) throw new Error('useContentClient must be used inside <Providers>')
  return client
}

export function Providers({
  cmsPublicUrl,
  children,
}: {
  cmsPublicUrl: string
  children: ReactNode
}) {
  const queryClient = getQueryClient()
  const contentClient = useMemo(
    () => createContentClient({ baseUrl: cmsPublicUrl, timeoutMs: BROWSER_TIMEOUT_MS }),
    [cmsPublicUrl],
  )
  return (
    <QueryClientProvider client={queryClient}>
      <ContentClientContext.Provider value={contentClient}>
        {children}
      </ContentClientContext.Provider>
    </QueryClientProvider>
  )
}
