import { describe, expect, it } from 'vitest'

import {
  formatAdminDate,
  formatScheduled,
  instantOf,
  isTimeZone,
  nextTimeSlot,
  wallTimeAt,
} from './time'

describe('wall times in the site timezone', () => {
  it('reads the clock in London in winter and in summer', () => {
    expect(wallTimeAt(new Date('2026-01-15T09:30:00Z'), 'Europe/London')).toEqual({
      date: '2026-01-15',
      time: '09:30',
    })
    expect(wallTimeAt(new Date('2026-07-15T09:30:00Z'), 'Europe/London')).toEqual({
      date: '2026-07-15',
      time: '10:30',
    })
  })

  it('turns a wall time back into the instant, across time zones and DST', () => {
    expect(instantOf({ date: '2026-07-15', time: '10:30' }, 'Europe/London').toISOString()).toBe(
      '2026-07-15T09:30:00.000Z',
    )
    expect(instantOf({ date: '2026-01-15', time: '10:30' }, 'Europe/London').toISOString()).toBe(
      '2026-01-15T10:30:00.000Z',
    )
    expect(instantOf({ date: '2026-03-10', time: '23:45' }, 'America/New_York').toISOString()).toBe(
      '2026-03-11T03:45:00.000Z',
    )
    expect(instantOf({ date: '2026-03-10', time: '09:00' }, 'Asia/Kolkata').toISOString()).toBe(
      '2026-03-10T03:30:00.000Z',
    )
  })

  it('offers the next round quarter hour at least five minutes ahead', () => {
    const at = (iso: string) => nextTimeSlot(new Date(iso), 'Europe/London')
    expect(at('2026-07-15T09:07:00Z')).toEqual({ date: '2026-07-15', time: '10:15' })
    expect(at('2026-07-15T09:12:00Z')).toEqual({ date: '2026-07-15', time: '10:30' })
    expect(at('2026-07-15T09:10:00Z')).toEqual({ date: '2026-07-15', time: '10:15' })
    // Late at night the next slot is tomorrow, never "12:00 AM today".
    expect(at('2026-01-15T23:58:00Z')).toEqual({ date: '2026-01-16', time: '00:15' })
    expect(nextTimeSlot(new Date('2026-03-10T03:50:00Z'), 'Asia/Kolkata')).toEqual({
      date: '2026-03-10',
      time: '09:30',
    })
  })

  it('says when, in words and with the timezone', () => {
    expect(formatScheduled('2026-07-15T09:30:00Z', 'Europe/London')).toBe(
      'Wed 15 Jul 2026, 10:30 (London time)',
    )
    expect(formatScheduled('2026-07-15T09:30:00Z', 'America/New_York')).toBe(
      'Wed 15 Jul 2026, 05:30 (New York time)',
    )
  })

  it('writes every admin date one way, as the admin\'s own date format does ("Sep", not "Sept")', () => {
    expect(formatAdminDate('2023-09-12T23:30:00Z', 'Europe/London')).toBe('13 Sep 2023, 00:30')
    expect(formatAdminDate('2023-09-12T23:30:00Z', 'Europe/London', { time: false })).toBe(
      '13 Sep 2023',
    )
    expect(formatScheduled('2026-09-01T08:00:00Z', 'Europe/London')).toBe(
      'Tue 1 Sep 2026, 09:00 (London time)',
    )
  })

  it('knows a timezone name from a typo', () => {
    expect(isTimeZone('Europe/London')).toBe(true)
    expect(isTimeZone('Europe/Londn')).toBe(false)
    expect(isTimeZone('')).toBe(false)
  })
})
