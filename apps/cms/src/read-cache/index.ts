export { withReadCache } from './handler'
export { announceChange, CHANGES_CHANNEL } from './invalidation'
