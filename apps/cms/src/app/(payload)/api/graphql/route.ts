import config from '@payload-config'
import '@payloadcms/next/css'
import { REST_OPTIONS } from '@payloadcms/next/routes'

import { primaryForSignedIn } from '@/database/replicas'
import { graphqlPost } from '@/graphql/http'
import { withReadCache } from '@/read-cache'

// Anonymous queries (never mutations) are answered from memory until the next published change;
// size, cost and depth are checked by graphqlPost before anything is kept. Signed-in requests
// read from the primary database.
export const POST = primaryForSignedIn(withReadCache('graphql', config, graphqlPost(config)))
export const OPTIONS = REST_OPTIONS(config)
