import {
  type NewsletterAnswer,
  newsletterSignupInput,
  newsletterTokenInput,
  parseNewsletterBody,
} from '@sok/content/newsletter'
import { sameSecret } from '@sok/content/secrets'
import type { Endpoint, PayloadRequest } from 'payload'
import type { z } from 'zod'

import { audienceOf, isEditorOrAdmin } from '@/access'
import { env } from '@/env'

import { signupsCsv } from './export'
import {
  confirmSubscription,
  type Outcome,
  outcomeMessages,
  subscribe,
  unsubscribe,
} from './service'

const MAX_BODY_BYTES = 4 * 1024

/** The site forwards requests with this secret and the visitor's IP. */
export const PROXY_SECRET_HEADER = 'x-sok-signup-secret'
export const CLIENT_IP_HEADER = 'x-sok-client-ip'

const answer = (status: number, body: NewsletterAnswer) => Response.json(body, { status })

/** Reads and validates a small JSON body; every failure is a 4xx with a readable message. */
async function readBody<T>(
  req: PayloadRequest,
  schema: z.ZodType<T>,
): Promise<{ data: T } | { response: Response }> {
  if (!sameSecret(req.headers.get(PROXY_SECRET_HEADER), env.SIGNUP_PROXY_SECRET)) {
    return {
      response: answer(401, {
        ok: false,
        message: 'This endpoint only accepts requests from the site.',
      }),
    }
  }
  const type = req.headers.get('content-type') ?? ''
  if (!/^application\/json\b/i.test(type)) {
    return {
      response: answer(415, {
        ok: false,
        message: 'Send the form as JSON (Content-Type: application/json).',
      }),
    }
  }
  const declared = Number(req.headers.get('content-length') ?? 0)
  const text = declared > MAX_BODY_BYTES ? null : await req.text?.()
  if (text === null || text === undefined || Buffer.byteLength(text) > MAX_BODY_BYTES) {
    return { response: answer(413, { ok: false, message: 'The request is too large.' }) }
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return { response: answer(400, { ok: false, message: 'The request body is not valid JSON.' }) }
  }
  const parsed = parseNewsletterBody(schema, json)
  if (!parsed.ok) {
    return {
      response: answer(400, {
        ok: false,
        message: parsed.message,
        fieldErrors: parsed.fieldErrors,
      }),
    }
  }
  return { data: parsed.data }
}

function reply(outcome: Outcome, doneMessage: string): Response {
  switch (outcome.status) {
    case 'accepted':
      return answer(202, { ok: true, message: outcomeMessages.accepted })
    case 'done':
      return answer(200, { ok: true, message: doneMessage })
    case 'rate-limited':
      return answer(429, { ok: false, message: outcomeMessages['rate-limited'] })
    case 'invalid-token':
      return answer(410, { ok: false, message: outcomeMessages['invalid-token'] })
  }
}

/** An endpoint that acts on the token from a link in an email. */
function tokenEndpoint(
  path: string,
  act: (payload: PayloadRequest['payload'], token: string) => Promise<Outcome>,
  doneMessage: string,
): Endpoint {
  return {
    path,
    method: 'post',
    handler: async (req) => {
      const body = await readBody(req, newsletterTokenInput)
      if ('response' in body) return body.response
      return reply(await act(req.payload, body.data.token), doneMessage)
    },
  }
}

export const newsletterEndpoints: Endpoint[] = [
  {
    path: '/subscribe',
    method: 'post',
    handler: async (req) => {
      const body = await readBody(req, newsletterSignupInput)
      if ('response' in body) return body.response
      const clientIp = req.headers.get(CLIENT_IP_HEADER)?.slice(0, 64) || 'unknown'
      return reply(await subscribe(req.payload, body.data, clientIp), '')
    },
  },
  tokenEndpoint('/confirm', confirmSubscription, 'Your subscription is confirmed. Thank you!'),
  tokenEndpoint(
    '/unsubscribe',
    unsubscribe,
    'You are unsubscribed and will not receive the newsletter any more.',
  ),
  {
    path: '/export.csv',
    method: 'get',
    handler: async (req) => {
      if (!isEditorOrAdmin(audienceOf(req))) {
        return answer(403, { ok: false, message: 'Only editors and admins can export sign-ups.' })
      }
      const status = req.searchParams.get('status')
      if (status && !['pending', 'confirmed', 'unsubscribed'].includes(status)) {
        return answer(400, {
          ok: false,
          message: 'status must be pending, confirmed or unsubscribed.',
        })
      }
      const csv = await signupsCsv(req.payload, status)
      const day = new Date().toISOString().slice(0, 10)
      return new Response(csv, {
        headers: {
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': `attachment; filename="newsletter-signups-${status ?? 'all'}-${day}.csv"`,
          'Cache-Control': 'no-store',
        },
      })
    },
  },
]
