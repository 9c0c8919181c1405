'use client'

import { useNav, usePreferences, useWindowInfo } from '@payloadcms/ui'
import { PREFERENCE_KEYS } from 'payload/shared'
import { useEffect, useRef } from 'react'

/**
 * Keeps the navigation open on desktop screens. Payload 3.90 closes it below 1440 px wide, so a
 * 1280 px laptop showed only a hamburger; above tablet width (1024 px) it is opened once the
 * screen size is known, unless the editor closed it on a wide screen before (their preference).
 */
export function DesktopNav() {
  const { hydrated, setNavOpen } = useNav()
  const { breakpoints } = useWindowInfo()
  const { getPreference } = usePreferences()
  const decided = useRef(false)
  const { l: belowWide, m: tabletOrSmaller } = breakpoints
  useEffect(() => {
    if (decided.current || !hydrated || belowWide === undefined || tabletOrSmaller !== false) return
    decided.current = true
    // Asynchronous, so it lands after Payload's own "close below 1440 px" in the same render.
    void getPreference<{ open?: boolean }>(PREFERENCE_KEYS.NAV).then((preference) => {
      if (preference?.open !== false) setNavOpen(true)
    })
  }, [hydrated, belowWide, tabletOrSmaller, getPreference, setNavOpen])
  return null
}
