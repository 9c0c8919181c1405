import type { Metadata } from 'next'

import {
  isLinkStep,
  LinkActionPage,
  linkPageMetadata,
} from '@/components/newsletter/LinkActionPage'
import { redirectOrNotFound } from '@/lib/redirects'

interface Props {
  params: Promise<{ step: string }>
  searchParams: Promise<{ token?: string; result?: string }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { step } = await params
  return isLinkStep(step) ? linkPageMetadata(step) : {}
}

/**
 * The pages a newsletter email links to: /newsletter/confirm and /newsletter/unsubscribe. Any
 * other name is what the catch-all route would answer: an editor's redirect, or the 404 page.
 */
export default async function NewsletterLinkPage({ params, searchParams }: Props) {
  const { step } = await params
  if (!isLinkStep(step)) return redirectOrNotFound(`/newsletter/${encodeURIComponent(step)}`)
  return <LinkActionPage step={step} searchParams={searchParams} />
}
