'use client'

import { FieldError, TextInput, useField, useForm, useFormSubmitted } from '@payloadcms/ui'
import type { TextFieldClientProps } from 'payload'
import { type ChangeEvent, useCallback, useState } from 'react'

import { normaliseDoi, validateAltText, validateDoi, validateWebUrl } from '@/fields/validators'

const RULES = {
  doi: (value: unknown) => validateDoi(normaliseDoi(value)),
  webUrl: validateWebUrl,
  altText: validateAltText,
}

export type TextRule = keyof typeof RULES

/**
 * A text field that explains a mistake while the editor is still writing: after leaving the field,
 * then as they type, with the same check (and message) the server applies when publishing. Drafts
 * still save with the mistake in them; only publishing refuses it.
 */
export function ValidatedTextField(props: TextFieldClientProps & { rule: TextRule }) {
  const { field, rule, readOnly } = props
  const path = props.path ?? field.name
  const check = RULES[rule]
  const validate = useCallback((value: unknown) => check(value), [check])
  // With `validate`, the form's own record of this field (and the tab's error count) follows it.
  const { value, setValue, valid } = useField<string>({ path, validate })
  const submitted = useFormSubmitted()
  const { setSubmitted } = useForm()
  const [touched, setTouched] = useState(false)

  const result = check(value)
  const message = typeof result === 'string' && (touched || submitted) ? result : undefined

  return (
    <div className="sok-validated" onBlur={() => setTouched(true)}>
      <TextInput
        path={path}
        label={field.label}
        required={field.required}
        readOnly={readOnly || field.admin?.readOnly}
        description={field.admin?.description}
        value={value ?? ''}
        showError={Boolean(message)}
        Error={<FieldError path={path} message={message} showError={Boolean(message)} />}
        onChange={(event: ChangeEvent<HTMLInputElement>) => {
          setValue(event.target.value)
          // Fixing a field that a refused publish marked: let the tab recount its error badge
          // (Payload recounts only while the form counts as submitted, which autosave resets).
          if (!submitted && valid === false) setSubmitted(true)
        }}
      />
    </div>
  )
}
