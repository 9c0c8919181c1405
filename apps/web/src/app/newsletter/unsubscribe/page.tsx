import type { Metadata } from 'next'
import { headers } from 'next/headers'
import { redirect } from 'next/navigation'

import { LinkActionPage, resultOf } from '@/components/newsletter/LinkActionPage'
import { clientIpOf, forwardToCms } from '@/lib/newsletter/forward'

export const metadata: Metadata = {
  title: 'Unsubscribe',
  robots: { index: false, follow: false },
}

async function unsubscribe(formData: FormData) {
  'use server'
  const token = String(formData.get('token') ?? '')
  const { status, body } = await forwardToCms('unsubscribe', { token }, clientIpOf(await headers()))
  redirect(`/newsletter/unsubscribe?result=${resultOf(body, status)}`)
}

interface Props {
  searchParams: Promise<{ token?: string; result?: string }>
}

export default async function UnsubscribePage({ searchParams }: Props) {
  const { token, result } = await searchParams
  return (
    <LinkActionPage
      token={token}
      result={result}
      action={unsubscribe}
      text={{
        title: 'Unsubscribe from the newsletter',
        intro: 'Press the button and we will stop sending you the Science of Ketamine newsletter.',
        button: 'Unsubscribe',
        done: {
          title: 'You are unsubscribed',
          body: 'You will not receive the newsletter any more. You can sign up again at any time.',
        },
      }}
    />
  )
}
