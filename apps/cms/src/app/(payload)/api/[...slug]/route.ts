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

import { checkedRest } from '@/api/rest'
import { primaryForSignedIn } from '@/database/replicas'
import { withReadCache } from '@/read-cache'

// Query strings are checked before Payload reads them (src/api/rest.ts). Anonymous reads of public
// content are answered from memory until the next published change; only checked 200s are kept.
// Signed-in requests (the admin, API keys) read from the primary database, never a replica.
export const GET = primaryForSignedIn(withReadCache('rest', config, checkedRest(REST_GET(config))))
export const POST = primaryForSignedIn(checkedRest(REST_POST(config)))
export const DELETE = primaryForSignedIn(checkedRest(REST_DELETE(config)))
export const PATCH = primaryForSignedIn(checkedRest(REST_PATCH(config)))
export const PUT = primaryForSignedIn(checkedRest(REST_PUT(config)))
export const OPTIONS = REST_OPTIONS(config)
