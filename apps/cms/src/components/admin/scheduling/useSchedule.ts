'use client'

import { useDocumentInfo, useServerFunctions } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

export interface ScheduledEvent {
  id: number | string
  input: { type: 'publish' | 'unpublish'; timezone?: string }
  waitUntil: Date | string
}

const CHANGED = 'sok:schedule-changed'

/** Tells every schedule display on the page to read the schedule again. */
export const announceScheduleChange = () => window.dispatchEvent(new Event(CHANGED))

/**
 * The upcoming scheduled publish/unpublish events of the open document, as Payload's job queue
 * holds them. Empty for users who may not publish (the server refuses them the list).
 */
export function useSchedule() {
  const { id, collectionSlug, hasPublishPermission } = useDocumentInfo()
  const { getUpcomingScheduledPublish } = useServerFunctions()
  const [events, setEvents] = useState<ScheduledEvent[] | null>(null)

  const refresh = useCallback(async () => {
    if (!id || !collectionSlug || !hasPublishPermission) return setEvents([])
    try {
      setEvents((await getUpcomingScheduledPublish({ id, collectionSlug })) as ScheduledEvent[])
    } catch {
      setEvents([])
    }
  }, [id, collectionSlug, hasPublishPermission, getUpcomingScheduledPublish])

  useEffect(() => {
    void refresh()
    const onChange = () => void refresh()
    window.addEventListener(CHANGED, onChange)
    return () => window.removeEventListener(CHANGED, onChange)
  }, [refresh])

  return { events, refresh }
}
