'use client'

import { Button, ConfirmationModal, useAuth, useDocumentInfo, useModal } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { audienceOfUser, isEditorOrAdmin } from '@/access/roles'
import type { SendProgress } from '@/newsletter/sends/progress'

interface Status {
  subscribers: number
  published: boolean
  send: SendProgress | null
}

const CONFIRM_SLUG = 'newsletter-send-now'
const REFRESH_MS = 2000

const STATUS_TEXT: Record<SendProgress['status'], string> = {
  queued: 'Waiting to start',
  sending: 'Sending',
  finished: 'Sent',
  cancelled: 'Cancelled',
}

/** The first readable message of a Payload or newsletter error answer. */
async function messageOf(response: Response): Promise<string> {
  const body = (await response.json().catch(() => null)) as {
    message?: string
    errors?: { message?: string; data?: { errors?: { message?: string }[] } }[]
  } | null
  const error = body?.errors?.[0]
  return (
    error?.data?.errors?.[0]?.message ??
    error?.message ??
    body?.message ??
    `The CMS answered ${response.status}.`
  )
}

async function fetchStatus(article: number | string): Promise<Status | null> {
  const response = await fetch(`/api/newsletter-sends/status?article=${article}`, {
    credentials: 'include',
    cache: 'no-store',
  })
  return response.ok ? ((await response.json()) as Status) : null
}

const time = (iso: string | null) => (iso ? new Date(iso).toLocaleString() : '')

/**
 * In the article's "Newsletter" box: the send's progress (refreshed while it runs), "Send to
 * subscribers now" with a confirmation, and a test send to the signed-in editor.
 */
export function NewsletterPanel() {
  const { id, hasPublishedDoc } = useDocumentInfo()
  const { user } = useAuth()
  const { openModal } = useModal()
  const [status, setStatus] = useState<Status | null>(null)
  const [note, setNote] = useState<string>('')
  const [busy, setBusy] = useState(false)
  const canSend = isEditorOrAdmin(audienceOfUser(user))

  // Bumped to read the status again: after an action, and every REFRESH_MS while a send runs.
  const [reads, setReads] = useState(0)
  const reload = () => setReads((count) => count + 1)

  useEffect(() => {
    if (!id || !canSend) return
    let current = true
    void fetchStatus(id).then((next) => {
      if (current && next) setStatus(next)
    })
    return () => {
      current = false
    }
  }, [id, canSend, hasPublishedDoc, reads])

  const running = status?.send?.status === 'queued' || status?.send?.status === 'sending'
  useEffect(() => {
    if (!running) return
    const timer = setInterval(() => setReads((count) => count + 1), REFRESH_MS)
    return () => clearInterval(timer)
  }, [running])

  if (!id) return <p>Save the article first; then you can send yourself a test.</p>
  if (!canSend) {
    return <p>An editor emails the article to subscribers when they publish it.</p>
  }

  const post = async (path: string) => {
    setBusy(true)
    setNote('')
    try {
      const response = await fetch(path, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ article: id }),
      })
      const message = response.ok
        ? (((await response.json()) as { message?: string }).message ?? '')
        : await messageOf(response)
      setNote(message)
      reload()
    } finally {
      setBusy(false)
    }
  }

  const send = status?.send
  const live = send && send.status !== 'cancelled'
  return (
    <div aria-label="Newsletter progress" role="region" style={{ marginBottom: '1rem' }}>
      {send ? (
        <div role="status" aria-live="polite">
          <p style={{ margin: '0 0 0.25rem' }}>
            <strong>{STATUS_TEXT[send.status]}</strong>
            {send.status === 'queued' && send.startAfter
              ? ` — starts ${time(send.startAfter)}. Unpublish before then to cancel.`
              : null}
            {send.status === 'finished' && send.finishedAt ? ` on ${time(send.finishedAt)}` : null}
          </p>
          {send.status !== 'queued' && send.status !== 'cancelled' ? (
            <p style={{ margin: 0 }}>
              {send.counts.sent} sent · {send.counts.failed} failed · {send.counts.skipped} skipped
              · {send.counts.queued + send.counts.sending} queued
              {send.recipientCount !== null ? ` (of ${send.recipientCount})` : ''}
            </p>
          ) : null}
          {send.failures.length ? (
            <details style={{ marginTop: '0.5rem' }}>
              <summary>Why some emails failed</summary>
              <ul>
                {send.failures.map((failure) => (
                  <li key={failure.email}>
                    {failure.email}: {failure.error}
                  </li>
                ))}
              </ul>
              <a href={`/admin/collections/newsletter-recipients?where[send][equals]=${send.id}`}>
                All deliveries of this send
              </a>
            </details>
          ) : null}
        </div>
      ) : (
        <p role="status" style={{ margin: 0 }}>
          Not emailed yet. {status ? `${status.subscribers} confirmed subscribers.` : ''}
        </p>
      )}
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem', marginTop: '0.5rem' }}>
        {!live && status?.published ? (
          <Button
            buttonStyle="primary"
            size="small"
            disabled={busy}
            onClick={() => openModal(CONFIRM_SLUG)}
          >
            Send to subscribers now
          </Button>
        ) : null}
        <Button
          buttonStyle="secondary"
          size="small"
          disabled={busy}
          onClick={() => void post('/api/newsletter-sends/test')}
        >
          Send a test to me
        </Button>
      </div>
      {note ? (
        <p role="alert" style={{ marginTop: '0.5rem' }}>
          {note}
        </p>
      ) : null}
      <ConfirmationModal
        modalSlug={CONFIRM_SLUG}
        heading="Email this article to subscribers?"
        body={`It goes to all ${status?.subscribers ?? ''} confirmed subscribers, once. This cannot be undone.`}
        confirmLabel="Send to subscribers"
        onConfirm={() => post('/api/newsletter-sends')}
      />
    </div>
  )
}
