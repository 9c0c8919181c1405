/**
 * Runs once when the CMS server starts. Initialising Payload here starts its job runners
 * (scheduled publishing, site revalidation) with the server, instead of with the first request
 * that happens to arrive after a restart, and arms the graceful shutdown.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const [{ getPayload }, { default: config }, { listenForChanges }, { shutDownGracefully }] =
    await Promise.all([
      import('payload'),
      import('@payload-config'),
      import('@/read-cache/invalidation'),
      import('./shutdown'),
    ])
  const payload = await getPayload({ config, cron: true })
  // Committed changes clear the read cache in this process (read-cache/).
  await listenForChanges(payload)
  shutDownGracefully(payload)
}
