'use client'

import { TextInput, useField, useForm, useFormFields, useFormSubmitted } from '@payloadcms/ui'
import type { TextFieldClientProps } from 'payload'
import { type ChangeEvent, useEffect, useRef, useState } from 'react'

import { normaliseDoi, validateAltText, validateDoi, validateWebUrl } from '@/fields/validators'

const RULES = {
  doi: (value: unknown) => validateDoi(normaliseDoi(value)),
  webUrl: validateWebUrl,
  altText: validateAltText,
}

export type TextRule = keyof typeof RULES

/**
 * A text field that explains a mistake while the editor is still writing: once they leave the
 * field, then as they type, with the same check and message the server applies on publishing.
 * Drafts still autosave with the mistake in them; only publishing refuses it.
 *
 * After a refused publish Payload marks the field and counts it in the tab's error badge, but it
 * recounts only while the form counts as "submitted", which the next autosave ends: fixing the
 * field then left the badge behind. This field keeps the form's record of it in step with the
 * check, and has the badge counted again when it is fixed.
 */
export function ValidatedTextField(props: TextFieldClientProps & { rule: TextRule }) {
  const { field, rule, readOnly } = props
  const path = props.path ?? field.name
  const { value, setValue } = useField<string>({ path })
  const valid = useFormFields(([fields]) => fields[path]?.valid)
  const submitted = useFormSubmitted()
  const { dispatchFields, setSubmitted } = useForm()
  const [touched, setTouched] = useState(false)
  const refused = useRef(false)
  // The value last put into the form's record, so this field corrects it once per value and
  // never argues with the server in a loop.
  const synced = useRef<string | undefined>(undefined)

  const result = RULES[rule](value)
  const ok = result === true
  const message = !ok && (touched || submitted) ? result : undefined

  useEffect(() => {
    if (submitted) {
      // While submitted, the server validates every change too, so the two records agree.
      refused.current = !ok
      if (ok !== (valid !== false) && synced.current !== value) {
        synced.current = value
        dispatchFields({
          type: 'UPDATE',
          path,
          valid: ok,
          errorMessage: ok ? undefined : (result as string),
        })
      }
    } else if (ok && refused.current) {
      refused.current = false
      setSubmitted(true)
    }
  }, [submitted, ok, valid, value, path, result, dispatchFields, setSubmitted])

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
        // The message is shown in full below; Payload's tooltip would cut it short.
        Error={<></>}
        onChange={(event: ChangeEvent<HTMLInputElement>) => setValue(event.target.value)}
      />
      {message ? (
        <p className="sok-field-error" role="alert" id={`${path}-error`}>
          {message}
        </p>
      ) : null}
    </div>
  )
}
