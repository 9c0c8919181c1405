import type { ServerProps } from 'payload'

import { siteTimezone } from '@/scheduling/siteTimezone'

import { ScheduledStatusClient } from './ScheduledStatusClient'

/** The edit view's status area: Payload's status, then "Scheduled for …" when there is one. */
export async function ScheduledStatus({ payload }: ServerProps) {
  return <ScheduledStatusClient timezone={await siteTimezone(payload)} />
}
