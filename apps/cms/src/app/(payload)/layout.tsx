import config from '@payload-config'
import '@payloadcms/next/css'
import { handleServerFunctions, RootLayout } from '@payloadcms/next/layouts'
import type { ServerFunctionClient } from 'payload'
import type { ReactNode } from 'react'

import { readingFromPrimary } from '@/database/replicas'
import { guardedSchedulePublish } from '@/scheduling/schedulePublishFunction'

import { importMap } from './admin/importMap'
import './custom.scss'

const serverFunction: ServerFunctionClient = async function (args) {
  'use server'
  // The admin's form state and actions: editors read from the primary database.
  return readingFromPrimary(() =>
    handleServerFunctions({
      ...args,
      config,
      importMap,
      // Replaces Payload's handler: checks who may schedule (see the file).
      serverFunctions: { 'schedule-publish': guardedSchedulePublish },
    }),
  )
}

export default function PayloadLayout({ children }: { children: ReactNode }) {
  return (
    <RootLayout config={config} importMap={importMap} serverFunction={serverFunction}>
      {children}
    </RootLayout>
  )
}
