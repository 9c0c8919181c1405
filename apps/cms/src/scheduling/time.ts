/**
 * Wall-clock times in the site's timezone, for the schedule dialog and "Scheduled for …". Pure
 * functions on Intl, so the browser (the dialog) and the server (list, dashboard) agree.
 */

export const DEFAULT_SITE_TIMEZONE = 'Europe/London'

/** The gap between the times the schedule dialog offers, and its default lead time. */
export const SLOT_MINUTES = 15

export interface WallTime {
  /** yyyy-mm-dd */
  date: string
  /** HH:mm, 24-hour */
  time: string
}

function parts(instant: Date, timeZone: string) {
  const values = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  )
  return {
    year: Number(values.year),
    month: Number(values.month),
    day: Number(values.day),
    hour: Number(values.hour),
    minute: Number(values.minute),
    second: Number(values.second),
  }
}

const pad = (value: number) => String(value).padStart(2, '0')

/** What a clock in this timezone shows at this instant. */
export function wallTimeAt(instant: Date, timeZone: string): WallTime {
  const p = parts(instant, timeZone)
  return {
    date: `${p.year}-${pad(p.month)}-${pad(p.day)}`,
    time: `${pad(p.hour)}:${pad(p.minute)}`,
  }
}

/** The instant a clock in this timezone shows this date and time (the later one in a DST fold). */
export function instantOf({ date, time }: WallTime, timeZone: string): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number]
  const [hour, minute] = time.split(':').map(Number) as [number, number]
  const asUtc = Date.UTC(year, month - 1, day, hour, minute)
  // The zone's offset at a nearby instant, applied twice to settle across a DST change.
  let guess = asUtc
  for (let i = 0; i < 2; i++) {
    const p = parts(new Date(guess), timeZone)
    const shown = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second)
    guess = asUtc - (shown - guess)
  }
  return new Date(guess)
}

/** The first round slot (every SLOT_MINUTES on the site's clock) at least `leadMinutes` away. */
export function nextTimeSlot(now: Date, timeZone: string, leadMinutes = 5): WallTime {
  const p = parts(now, timeZone)
  const shownNow = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second)
  const offset = shownNow - Math.floor(now.getTime() / 1000) * 1000
  const slot = SLOT_MINUTES * 60_000
  // Rounded on the wall clock (as if it were UTC), then read back as a date and a time.
  const wall = new Date(Math.ceil((now.getTime() + leadMinutes * 60_000 + offset) / slot) * slot)
  return {
    date: `${wall.getUTCFullYear()}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}`,
    time: `${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}`,
  }
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']

/**
 * "3 Dec 2026, 14:30" (or "3 Dec 2026" without the time) on the site's clock: the admin's one date
 * format, as its `dateFormat` writes it. Spelled out by hand because Intl's en-GB writes "Sept",
 * and the admin's own dates say "Sep".
 */
export function formatAdminDate(
  instant: Date | string,
  timeZone: string,
  { time = true }: { time?: boolean } = {},
): string {
  const p = parts(new Date(instant), timeZone)
  const day = `${p.day} ${MONTHS[p.month - 1]} ${p.year}`
  return time ? `${day}, ${pad(p.hour)}:${pad(p.minute)}` : day
}

/** "Tue 3 Dec 2026, 10:30 (London time)": the same text in the browser and on the server. */
export function formatScheduled(instant: Date | string, timeZone: string): string {
  const p = parts(new Date(instant), timeZone)
  const weekday = WEEKDAYS[new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay()]
  return `${weekday} ${formatAdminDate(instant, timeZone)} (${zoneName(timeZone)} time)`
}

/** "London" for Europe/London, "New York" for America/New_York. */
export function zoneName(timeZone: string): string {
  return (timeZone.split('/').pop() ?? timeZone).replace(/_/g, ' ')
}

/** True when the string names a timezone this runtime knows. */
export function isTimeZone(value: unknown): value is string {
  if (typeof value !== 'string' || !value) return false
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: value })
    return true
  } catch {
    return false
  }
}
