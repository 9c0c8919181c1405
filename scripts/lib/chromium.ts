/**
 * How the e2e tests and the Lighthouse benchmark start Debian's Chromium: without the sandbox and
 * GPU that containers lack, and without the background traffic (updates, sync, QUIC) that would
 * reach the internet or add noise to a measurement.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
