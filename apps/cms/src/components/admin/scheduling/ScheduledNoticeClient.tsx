'use client'

import { formatScheduled } from '@/scheduling/time'

import { useSchedule } from './useSchedule'

export function ScheduledNoticeClient({ timezone }: { timezone: string }) {
  const { events } = useSchedule()
  const next = events?.[0]
  if (!next) return null
  return (
    <p className="sok-scheduled-notice" role="status" data-testid="scheduled-status">
      {next.input.type === 'unpublish' ? 'Unpublishing on' : 'Scheduled for'}{' '}
      <strong>{formatScheduled(next.waitUntil, next.input.timezone ?? timezone)}</strong>
    </p>
  )
}
