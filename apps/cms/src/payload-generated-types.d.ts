import type { Config } from '@sok/content/payload-types'

// Types the local API (payload.find, payload.create, …) with the generated collection types.
// Declaration merging needs an interface, even an empty one.
declare module 'payload' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  export interface GeneratedTypes extends Config {}
}
