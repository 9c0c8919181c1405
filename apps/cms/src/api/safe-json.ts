/**
 * JSON answers with `<`, `>` and `&` written as \u escapes (still the same JSON). Payload's error
 * messages and search answers repeat parts of the request; escaped, such an echo can never be
 * read as markup, whatever later renders or sniffs it.
 */
export function htmlSafeJson(text: string): string {
  return text.replace(
    /[<>&\u2028\u2029]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )
}

/** The same answer with its JSON body made HTML-safe; other answers pass untouched. */
export async function withHtmlSafeJson(response: Response): Promise<Response> {
  if (!/json/i.test(response.headers.get('content-type') ?? '') || !response.body) return response
  const body = htmlSafeJson(await response.text())
  const headers = new Headers(response.headers)
  headers.delete('content-length')
  return new Response(body, { status: response.status, statusText: response.statusText, headers })
}
