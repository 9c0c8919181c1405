import type { DefaultServerCellComponentProps, TextFieldServerComponent } from 'payload'

import { describePage } from './describePage'

/** The sign-ups list's "Signed up on" column: the page's name, linked to the site. */
export async function SignedUpOnCell({ payload, cellData }: DefaultServerCellComponentProps) {
  const page = await describePage(payload, cellData as string | undefined)
  if (!page) return <span>—</span>
  return (
    <a href={page.href} target="_blank" rel="noreferrer">
      {page.label}
    </a>
  )
}

/** The same on a sign-up's own page (read-only: the form stored it). */
export const SignedUpOnField: TextFieldServerComponent = async ({ payload, data }) => {
  const page = await describePage(
    payload,
    (data as { sourcePage?: string } | undefined)?.sourcePage,
  )
  return (
    <div className="field-type sok-signed-up-on">
      <div className="field-label">Signed up on</div>
      <p>
        {page ? (
          <a href={page.href} target="_blank" rel="noreferrer">
            {page.label}
          </a>
        ) : (
          'Not recorded'
        )}
      </p>
      <p className="field-description">The page where the sign-up form was sent.</p>
    </div>
  )
}
