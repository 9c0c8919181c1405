'use client'

import { FieldDescription, SlugField } from '@payloadcms/ui'
import type { SlugFieldClientProps } from 'payload'

/**
 * Payload's slug field, plus the description it does not render itself. On a document the user
 * may not change (an author on a published article) it offers no "Unlock": Payload's field only
 * looks at the field's own read-only flag.
 */
export function SlugFieldWithHelp(props: SlugFieldClientProps) {
  const { field, readOnly } = props
  const description = field.admin?.description
  const readOnlyField = readOnly ? { ...field, admin: { ...field.admin, readOnly: true } } : field
  return (
    <div>
      <SlugField {...props} field={readOnlyField} />
      {typeof description === 'string' ? (
        <FieldDescription description={description} path={props.path ?? field.name} />
      ) : null}
    </div>
  )
}
