/** The page number in ?page=…: 1 when absent, null when it is not a whole number from 1. */
export function pageNumber(raw: string | string[] | undefined): number | null {
  if (raw === undefined) return 1
  if (typeof raw !== 'string' || !/^[1-9]\d{0,5}$/.test(raw)) return null
  return Number(raw)
}
