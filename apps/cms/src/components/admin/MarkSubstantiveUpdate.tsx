'use client'

import { Button, useField } from '@payloadcms/ui'
import { useState } from 'react'

const dayFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
})

/**
 * Under "Last substantive update": one click dates the update today, so editors make the claim
 * deliberately instead of every save making it for them. Readers see it once the change is
 * published.
 */
export function MarkSubstantiveUpdate() {
  const { value, setValue, disabled } = useField<string | null>({ path: 'contentUpdatedAt' })
  const [marked, setMarked] = useState(false)
  const today = dayFormat.format(new Date())
  const markedToday = marked && Boolean(value) && dayFormat.format(new Date(value!)) === today
  return (
    <div style={{ marginTop: '0.5rem' }}>
      <Button
        buttonStyle="secondary"
        size="small"
        margin={false}
        disabled={disabled || markedToday}
        onClick={() => {
          setValue(new Date().toISOString())
          setMarked(true)
        }}
      >
        Mark as a substantive update
      </Button>
      {markedToday && (
        <p role="status" style={{ margin: '0.5rem 0 0' }}>
          Dated {today}. Readers see &ldquo;Updated {today}&rdquo; once you publish.
        </p>
      )}
    </div>
  )
}
