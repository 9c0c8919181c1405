'use client'

import { Status } from '@payloadcms/ui/elements/Status'

import { formatScheduled } from '@/scheduling/time'

import { useSchedule } from './useSchedule'

export function ScheduledStatusClient({ timezone }: { timezone: string }) {
  const { events } = useSchedule()
  const next = events?.[0]
  return (
    <>
      <Status />
      {next ? (
        <span className="sok-scheduled-status" data-testid="scheduled-status">
          {next.input.type === 'unpublish' ? 'Unpublishing on' : 'Scheduled for'}{' '}
          <strong>{formatScheduled(next.waitUntil, next.input.timezone ?? timezone)}</strong>
        </span>
      ) : null}
    </>
  )
}
