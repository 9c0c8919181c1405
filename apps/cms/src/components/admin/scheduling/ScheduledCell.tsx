import type { DefaultServerCellComponentProps } from 'payload'

import { siteTimezone } from '@/scheduling/siteTimezone'
import { formatScheduled } from '@/scheduling/time'

import { upcomingSchedules } from './upcoming'

/** The articles list's "Scheduled" column: when the next scheduled publish will happen. */
export async function ScheduledCell({ payload, rowData }: DefaultServerCellComponentProps) {
  const [schedules, timezone] = await Promise.all([
    upcomingSchedules(payload),
    siteTimezone(payload),
  ])
  const next = schedules.find((schedule) => schedule.articleId === rowData?.id)
  if (!next) return <span className="sok-muted">—</span>
  const when = formatScheduled(next.waitUntil, next.timezone ?? timezone)
  return <span>{next.type === 'unpublish' ? `Unpublish ${when}` : when}</span>
}
