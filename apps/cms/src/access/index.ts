export {
  accessMatrix,
  collectionAccess,
  contentTypeAccessMatrix,
  globalAccess,
  globalAccessMatrix,
} from './matrix'
export {
  type Audience,
  audienceOf,
  audienceOfUser,
  isEditorOrAdmin,
  type Role,
  ROLE_LABELS,
  ROLES,
} from './roles'
