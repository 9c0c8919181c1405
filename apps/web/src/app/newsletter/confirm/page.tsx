import type { Metadata } from 'next'
import { headers } from 'next/headers'
import { redirect } from 'next/navigation'

import { LinkActionPage, resultOf } from '@/components/newsletter/LinkActionPage'
import { clientIpOf, forwardToCms } from '@/lib/newsletter/forward'

export const metadata: Metadata = {
  title: 'Confirm your subscription',
  robots: { index: false, follow: false },
}

async function confirm(formData: FormData) {
  'use server'
  const token = String(formData.get('token') ?? '')
  const { status, body } = await forwardToCms('confirm', { token }, clientIpOf(await headers()))
  redirect(`/newsletter/confirm?result=${resultOf(body, status)}`)
}

interface Props {
  searchParams: Promise<{ token?: string; result?: string }>
}

export default async function ConfirmPage({ searchParams }: Props) {
  const { token, result } = await searchParams
  return (
    <LinkActionPage
      token={token}
      result={result}
      action={confirm}
      text={{
        title: 'Confirm your subscription',
        intro:
          'One more step: press the button to start receiving the Science of Ketamine newsletter.',
        button: 'Confirm my subscription',
        done: {
          title: 'You are subscribed',
          body: 'Thank you! You will receive an email when we publish new articles. Every email has a link to unsubscribe.',
        },
      }}
    />
  )
}
