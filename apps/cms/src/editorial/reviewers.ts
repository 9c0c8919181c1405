import type { Where } from 'payload'

/** Who may be named as medical reviewer: a person with credentials (e.g. "MD"). */
export const medicalReviewerOptions: Where = {
  and: [
    { kind: { equals: 'person' } },
    { credentials: { exists: true } },
    { credentials: { not_equals: '' } },
  ],
}
