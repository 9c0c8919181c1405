'use client'

import {
  ConfirmationModal,
  FormSubmit,
  PopupList,
  useConfig,
  useDocumentInfo,
  useForm,
  useFormFields,
  useFormModified,
  useModal,
} from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'
import { useCallback } from 'react'

import { SchedulePublishDrawer } from './SchedulePublishDrawer'

/**
 * Payload's publish button for articles, with two differences: publishing an article that names no
 * medical reviewer asks first, and "Schedule publish" opens our schedule dialog (the next round
 * time in the site's timezone). Who may publish is still the server's decision; the button only
 * appears for those it allows.
 */
export function ArticlePublishButtonClient({ timezone }: { timezone: string }) {
  const {
    id,
    collectionSlug,
    hasPublishedDoc,
    hasPublishPermission,
    setHasPublishedDoc,
    setMostRecentVersionIsAutosaved,
    setUnpublishedVersionCount,
    unpublishedVersionCount,
    uploadStatus,
  } = useDocumentInfo()
  const { config } = useConfig()
  const { submit } = useForm()
  const modified = useFormModified()
  const { isModalOpen, openModal } = useModal()
  const reviewer = useFormFields(([fields]) => fields.medicalReviewer?.value)
  const scheduleSlug = `schedule-publish-${id}`
  const confirmSlug = `publish-without-reviewer-${id}`

  const publish = useCallback(async () => {
    if (uploadStatus === 'uploading') return
    const action = formatAdminURL({
      apiRoute: config.routes.api,
      path: `/${collectionSlug}/${id}?depth=0`,
    })
    const result = await submit({ action, overrides: { _status: 'published' } })
    if (result && result.res.status < 400) {
      setUnpublishedVersionCount(0)
      setMostRecentVersionIsAutosaved(false)
      setHasPublishedDoc(true)
    }
  }, [
    uploadStatus,
    config.routes.api,
    collectionSlug,
    id,
    submit,
    setUnpublishedVersionCount,
    setMostRecentVersionIsAutosaved,
    setHasPublishedDoc,
  ])

  if (!hasPublishPermission || !id) return null
  const canPublish =
    (modified || unpublishedVersionCount > 0 || !hasPublishedDoc) && uploadStatus !== 'uploading'

  return (
    <>
      <FormSubmit
        buttonId="action-save"
        disabled={!canPublish}
        enableSubMenu
        size="medium"
        type="button"
        onClick={() => (reviewer ? void publish() : openModal(confirmSlug))}
        SubMenuPopupContent={({ close }) => (
          <PopupList.ButtonGroup>
            <PopupList.Button
              id="schedule-publish"
              onClick={() => {
                openModal(scheduleSlug)
                close()
              }}
            >
              Schedule publish
            </PopupList.Button>
          </PopupList.ButtonGroup>
        )}
      >
        Publish changes
      </FormSubmit>
      <ConfirmationModal
        modalSlug={confirmSlug}
        heading="Publish without a medical reviewer?"
        body="Nobody is named as this article's medical reviewer, so readers will not see that a clinician checked it. Choose a reviewer in the sidebar first, or publish it anyway."
        cancelLabel="Go back"
        confirmLabel="Publish anyway"
        onConfirm={publish}
      />
      {isModalOpen(scheduleSlug) ? (
        <SchedulePublishDrawer
          drawerSlug={scheduleSlug}
          timezone={timezone}
          defaultType={unpublishedVersionCount > 0 || !hasPublishedDoc ? 'publish' : 'unpublish'}
        />
      ) : null}
    </>
  )
}
