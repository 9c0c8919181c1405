export {
  accessMatrix,
  collectionAccess,
  contentTypeAccessMatrix,
  globalAccess,
  globalAccessMatrix,
} from './matrix'
export { type Audience, audienceOf, audienceOfUser, type Role, ROLE_LABELS, ROLES } from './roles'
