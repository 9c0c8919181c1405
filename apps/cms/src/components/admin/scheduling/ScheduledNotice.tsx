import type { ServerProps } from 'payload'

import { siteTimezone } from '@/scheduling/siteTimezone'

import { ScheduledNoticeClient } from './ScheduledNoticeClient'

/** In the edit view's status bar, beside Publish: "Scheduled for …" when there is a schedule. */
export async function ScheduledNotice({ payload }: ServerProps) {
  return <ScheduledNoticeClient timezone={await siteTimezone(payload)} />
}
