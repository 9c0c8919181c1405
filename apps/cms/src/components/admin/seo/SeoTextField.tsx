'use client'

import {
  Button,
  FieldLabel,
  TextareaInput,
  TextInput,
  useConfig,
  useDocumentInfo,
  useField,
  useForm,
} from '@payloadcms/ui'
import type { TextFieldClientProps } from 'payload'
import { formatAdminURL } from 'payload/shared'

type Kind = 'title' | 'description'

const HELP: Record<Kind, string> = {
  title:
    'Leave empty to use the article title. The site adds its name after it, e.g. "… · Science of Ketamine".',
  description: 'Leave empty to use the summary. One or two sentences, under 160 characters.',
}

/**
 * The SEO title or description: empty means "use the article's own", and the field says so.
 * "Fill in from the article" asks the SEO plugin's generate endpoint for that same fallback.
 */
export function SeoTextField(props: TextFieldClientProps & { kind: Kind }) {
  const { field, kind, readOnly } = props
  const path = props.path ?? field.name
  const { value, setValue } = useField<string>({ path })
  const { getData } = useForm()
  const { id, collectionSlug } = useDocumentInfo()
  const { config } = useConfig()

  async function fillIn() {
    const response = await fetch(
      formatAdminURL({ apiRoute: config.routes.api, path: `/plugin-seo/generate-${kind}` }),
      {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ id, collectionSlug, doc: getData() }),
      },
    )
    if (response.ok) setValue(((await response.json()) as { result?: string }).result ?? '')
  }

  const Input = kind === 'title' ? TextInput : TextareaInput
  return (
    <div className="sok-seo-field">
      <div className="sok-seo-field__label">
        <FieldLabel label={field.label} path={path} />
        {readOnly ? null : (
          <Button buttonStyle="subtle" size="small" onClick={() => void fillIn()}>
            Fill in from the article
          </Button>
        )}
      </div>
      <Input
        path={path}
        readOnly={readOnly}
        value={value ?? ''}
        description={HELP[kind]}
        onChange={(event: { target: { value: string } }) => setValue(event.target.value)}
      />
    </div>
  )
}
