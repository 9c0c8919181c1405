/**
 * The host names, besides `localhost`, that a Next dev server serves its own resources to (the
 * hot-reload websocket, dev chunks). Next 16 refuses every other origin: a page opened through
 * http://127.0.0.1:3001 then retries its websocket every 1–5 s, logs a warning, and reloads
 * itself after 12 failures, again and again. Both apps' `next.config.ts` use this list.
 *
 * `extraHosts` is `ALLOWED_DEV_HOSTS` from the environment: more host names, comma-separated,
 * e.g. `192.168.1.20,sok.test` to open the dev site from another machine or a local domain.
 * Only development servers read it; production serves no dev resources.
 */
export function allowedDevOrigins(extraHosts: string | undefined): string[] {
  const extra = (extraHosts ?? '')
    .split(',')
    .map((host) => host.trim().toLowerCase())
    .filter(Boolean)
  for (const host of extra) {
    // Next compares bare host names (with `*.` wildcards); a scheme or port would never match.
    if (!/^(\*\.)?[a-z0-9.-]+$|^\[[0-9a-f:]+\]$/.test(host)) {
      throw new Error(
        `ALLOWED_DEV_HOSTS: "${host}" is not a host name; give names or addresses without scheme or port, e.g. 192.168.1.20,sok.test`,
      )
    }
  }
  return [...new Set(['localhost', '127.0.0.1', '[::1]', ...extra])]
}
