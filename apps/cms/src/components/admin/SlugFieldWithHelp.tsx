'use client'

import { FieldDescription, SlugField } from '@payloadcms/ui'
import type { SlugFieldClientProps } from 'payload'

/** Payload's slug field, plus the description it does not render itself. */
export function SlugFieldWithHelp(props: SlugFieldClientProps) {
  const description = props.field.admin?.description
  return (
    <div>
      <SlugField {...props} />
      {typeof description === 'string' ? (
        <FieldDescription description={description} path={props.path ?? props.field.name} />
      ) : null}
    </div>
  )
}
