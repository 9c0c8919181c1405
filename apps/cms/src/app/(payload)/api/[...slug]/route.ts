import config from '@payload-config'
import '@payloadcms/next/css'
import {
  REST_DELETE,
  REST_GET,
  REST_OPTIONS,
  REST_PATCH,
  REST_POST,
  REST_PUT,
} from '@payloadcms/next/routes'

import { primaryForSignedIn } from '@/database/replicas'

// Signed-in requests (the admin, API keys) read from the primary database, never a replica.
export const GET = primaryForSignedIn(REST_GET(config))
export const POST = primaryForSignedIn(REST_POST(config))
export const DELETE = primaryForSignedIn(REST_DELETE(config))
export const PATCH = primaryForSignedIn(REST_PATCH(config))
export const PUT = primaryForSignedIn(REST_PUT(config))
export const OPTIONS = REST_OPTIONS(config)
