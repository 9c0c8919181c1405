import 'server-only'

import { notFound, permanentRedirect, redirect } from 'next/navigation'

import { content } from './content'

/**
 * For an address with no page: follow a redirect left by a renamed article or set by an editor
 * (308 for permanent ones), else the site's 404.
 */
export async function redirectOrNotFound(path: string): Promise<never> {
  const target = await content.redirectFor(path)
  if (!target) notFound()
  if (target.permanent) permanentRedirect(target.to)
  redirect(target.to)
}
