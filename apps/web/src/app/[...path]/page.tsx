import { redirectOrNotFound } from '@/lib/redirects'

interface Props {
  params: Promise<{ path: string[] }>
}

/** Any address no page claims: an editor-managed redirect, or the 404 page. */
export default async function UnknownPath({ params }: Props) {
  const { path } = await params
  return redirectOrNotFound(`/${path.map(encodeURIComponent).join('/')}`)
}
