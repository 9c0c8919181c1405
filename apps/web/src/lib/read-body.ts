/**
 * A request's body as text, read only up to `maxBytes`: null as soon as it is clearly larger.
 * A declared Content-Length over the limit is refused before a byte is read; a body without one
 * (chunked) is read chunk by chunk and abandoned at the limit, so a 100 MB upload costs the
 * server no more than the limit.
 */
export async function readBodyWithin(request: Request, maxBytes: number): Promise<string | null> {
  const declared = Number(request.headers.get('content-length') ?? NaN)
  if (declared > maxBytes) return null
  if (!request.body) return ''
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > maxBytes) {
      await reader.cancel().catch(() => {})
      return null
    }
    chunks.push(value)
  }
  return new TextDecoder().decode(Buffer.concat(chunks))
}
