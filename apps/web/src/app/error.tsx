'use client'

import { LoadFailed } from '@/components/LoadFailed'

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return <LoadFailed heading="This page could not be loaded" reset={reset} />
}
