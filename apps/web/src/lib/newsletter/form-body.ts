/**
 * A sign-up sent by a plain HTML form (no JavaScript) as the JSON shape the API expects:
 * a ticked checkbox arrives as "on", an unticked one not at all.
 */
export function formToSignup(form: URLSearchParams): Record<string, unknown> {
  const body: Record<string, unknown> = {
    email: form.get('email') ?? '',
    consent: form.get('consent') === 'on' || form.get('consent') === 'true',
  }
  const sourcePage = form.get('sourcePage')
  if (sourcePage) body.sourcePage = sourcePage
  const website = form.get('website')
  if (website) body.website = website
  return body
}
