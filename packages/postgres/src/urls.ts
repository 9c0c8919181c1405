const SAFE_NAME = /^[a-z][a-z0-9_]{0,62}$/

/** Database names go into SQL as identifiers, so only a plain lower-case name is accepted. */
export function isSafeDatabaseName(name: string): boolean {
  return SAFE_NAME.test(name)
}

/** The same server as `serverUrl`, pointed at another database. */
export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl)
  url.pathname = `/${database}`
  return url.toString()
}
