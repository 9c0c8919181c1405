'use client'

import { Button, Drawer, toast, useDocumentInfo, useServerFunctions } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import {
  formatScheduled,
  instantOf,
  nextTimeSlot,
  SLOT_MINUTES,
  type WallTime,
  wallTimeAt,
  zoneName,
} from '@/scheduling/time'

import { announceScheduleChange, useSchedule } from './useSchedule'

interface Props {
  drawerSlug: string
  timezone: string
  defaultType: 'publish' | 'unpublish'
}

/**
 * "Schedule publish": like Payload's own dialog (same server function, same job queue), but the
 * time starts at the next round slot in the future and is read in the site's timezone, which the
 * dialog names. Payload 3.90's dialog starts empty, so picking a day meant 12:00 AM, already past.
 */
export function SchedulePublishDrawer({ drawerSlug, timezone, defaultType }: Props) {
  const { id, collectionSlug } = useDocumentInfo()
  const { schedulePublish } = useServerFunctions()
  const { events } = useSchedule()
  const [type, setType] = useState(defaultType)
  const [when, setWhen] = useState<WallTime>(() => nextTimeSlot(new Date(), timezone))
  const [saving, setSaving] = useState(false)
  // The clock, so "already passed" stays true to the time while the dialog is open.
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 10_000)
    return () => clearInterval(timer)
  }, [])

  const valid = /^\d{4}-\d{2}-\d{2}$/.test(when.date) && /^\d{2}:\d{2}$/.test(when.time)
  const instant = valid ? instantOf(when, timezone) : null
  const inPast = !instant || instant.getTime() <= now
  const today = wallTimeAt(new Date(now), timezone).date

  /** Payload's schedule server function (guarded in scheduling/schedulePublishFunction.ts). */
  async function call(args: Parameters<typeof schedulePublish>[0]): Promise<string | undefined> {
    try {
      const result = (await schedulePublish(args)) as { error?: string } | undefined
      return result?.error
    } catch (error) {
      return (error as Error).message
    }
  }

  async function save() {
    if (!instant || inPast) return
    setSaving(true)
    const error = await call({
      type,
      date: instant,
      timezone,
      doc: collectionSlug && id ? { relationTo: collectionSlug, value: String(id) } : undefined,
    })
    setSaving(false)
    if (error) return void toast.error(error)
    toast.success(`Scheduled for ${formatScheduled(instant, timezone)}`)
    announceScheduleChange()
  }

  async function remove(deleteID: number | string) {
    const error = await call({ deleteID })
    if (error) return void toast.error(error)
    announceScheduleChange()
  }

  return (
    <Drawer slug={drawerSlug} title="Schedule" className="sok-schedule">
      <div className="sok-schedule__form">
        <fieldset className="sok-schedule__type">
          <legend>What should happen</legend>
          {(['publish', 'unpublish'] as const).map((option) => (
            <label key={option}>
              <input
                type="radio"
                name="schedule-type"
                value={option}
                checked={type === option}
                onChange={() => setType(option)}
              />{' '}
              {option === 'publish'
                ? 'Publish the latest changes'
                : 'Unpublish (take it off the site)'}
            </label>
          ))}
        </fieldset>
        <div className="sok-schedule__when">
          <label>
            Date
            <input
              id="schedule-date"
              type="date"
              min={today}
              value={when.date}
              onChange={(event) => setWhen({ ...when, date: event.target.value })}
            />
          </label>
          <label>
            Time
            <input
              id="schedule-time"
              type="time"
              step={60}
              value={when.time}
              onChange={(event) => setWhen({ ...when, time: event.target.value })}
            />
          </label>
        </div>
        <p className="sok-schedule__zone">
          Times are in the site&apos;s timezone, <strong>{zoneName(timezone)}</strong> ({timezone}
          ), set in Settings → Site settings. Suggested: the next {SLOT_MINUTES}-minute slot.
        </p>
        {valid && inPast ? (
          <p className="sok-schedule__error" role="alert">
            That time has already passed: choose a later one.
          </p>
        ) : null}
        <Button
          id="scheduled-publish-save"
          buttonStyle="primary"
          disabled={saving || inPast}
          onClick={() => void save()}
        >
          {saving
            ? 'Scheduling…'
            : type === 'publish'
              ? 'Schedule publishing'
              : 'Schedule unpublishing'}
        </Button>
      </div>
      <div className="sok-schedule__upcoming">
        <h3>Already scheduled</h3>
        {events === null ? <p>Loading…</p> : null}
        {events?.length === 0 ? <p>Nothing is scheduled for this article.</p> : null}
        {events?.length ? (
          <ul>
            {events.map((event) => (
              <li key={event.id}>
                {event.input.type === 'unpublish' ? 'Unpublish' : 'Publish'} on{' '}
                {formatScheduled(event.waitUntil, event.input.timezone ?? timezone)}{' '}
                <Button buttonStyle="secondary" size="small" onClick={() => void remove(event.id)}>
                  Cancel
                </Button>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </Drawer>
  )
}
