'use client'

import { useNav, usePreferences, useWindowInfo } from '@payloadcms/ui'
import { PREFERENCE_KEYS } from 'payload/shared'
import { useEffect } from 'react'

/**
 * Keeps the navigation open on desktop screens. Payload 3.90 closes it below 1440 px wide, so a
 * 1280 px laptop showed only a hamburger; above tablet width (1024 px) it now stays open unless
 * the editor closed it themselves.
 */
export function DesktopNav() {
  const { hydrated, navOpen, setNavOpen } = useNav()
  const { breakpoints } = useWindowInfo()
  const { getPreference } = usePreferences()
  const tabletOrSmaller = breakpoints.m
  useEffect(() => {
    if (!hydrated || tabletOrSmaller !== false || navOpen) return
    let cancelled = false
    void getPreference<{ open?: boolean }>(PREFERENCE_KEYS.NAV).then((preference) => {
      if (!cancelled && preference?.open !== false) setNavOpen(true)
    })
    return () => {
      cancelled = true
    }
    // Only when the screen size settles, not each time the editor toggles the nav.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [hydrated, tabletOrSmaller])
  return null
}
