import type { TaskConfig } from 'payload'

import { env } from '@/env'

import { NEWSLETTER_QUEUE } from './queue'
import { runNewsletterDelivery } from './sends/delivery'
import { deliverConfirmation } from './service'

type ScheduleHooks = NonNullable<NonNullable<TaskConfig['schedule']>[number]['hooks']>
type BeforeScheduleFn = NonNullable<ScheduleHooks['beforeSchedule']>

/**
 * Payload's default only schedules a job when none of its kind is queued or running; a job left
 * "running" by a killed process would then stop the newsletter for good. Only a job still waiting
 * to run holds the next one back: two ticks that overlap are safe (delivery claims rows atomically).
 */
const unlessOneIsWaiting: BeforeScheduleFn = async ({ queueable, req }) => {
  const waiting = await req.payload.db.count({
    collection: 'payload-jobs',
    req,
    where: {
      and: [
        { queue: { equals: NEWSLETTER_QUEUE } },
        { taskSlug: { equals: 'deliverNewsletter' } },
        { completedAt: { exists: false } },
        { processing: { equals: false } },
        { hasError: { not_equals: true } },
      ],
    },
  })
  return { input: {}, shouldSchedule: waiting.totalDocs === 0, waitUntil: queueable.waitUntil }
}

/** One tick of newsletter delivery: see newsletter/sends/delivery.ts. */
export const deliverNewsletterTask: TaskConfig<{ input: object; output: object }> = {
  slug: 'deliverNewsletter',
  label: 'Send the newsletter',
  schedule: [
    {
      cron: env.NEWSLETTER_CRON,
      queue: NEWSLETTER_QUEUE,
      hooks: { beforeSchedule: unlessOneIsWaiting },
    },
  ],
  // The next tick is the retry: delivery state lives in its own tables, not in the job.
  retries: 0,
  handler: async ({ req }) => {
    try {
      await runNewsletterDelivery(req.payload)
    } catch (error) {
      req.payload.logger.error({ err: error, msg: 'Newsletter delivery tick failed' })
      throw error
    }
    return { output: {} }
  },
}

export interface ConfirmationInput {
  email: string
  sourcePage?: string
  consentAt: string
}

/** The sign-up's confirmation email (and its row), so every sign-up request does the same work. */
export const sendConfirmationTask: TaskConfig<{ input: ConfirmationInput; output: object }> = {
  slug: 'sendNewsletterConfirmation',
  label: 'Send a newsletter confirmation',
  inputSchema: [
    { name: 'email', type: 'text', required: true },
    { name: 'sourcePage', type: 'text' },
    { name: 'consentAt', type: 'text', required: true },
  ],
  retries: { attempts: 5, backoff: { type: 'exponential', delay: 5000 } },
  handler: async ({ input, req }) => {
    await deliverConfirmation(req.payload, input)
    return { output: {} }
  },
}
