/**
 * A REST query of the CMS, typed so a misspelt operator fails to compile. Payload's own `Where`
 * has the same shape; this package cannot import it (`payload` is the CMS's dependency, not ours).
 */

/** The operators of Payload's REST `where` that the site uses, and their neighbours. */
export type WhereOperator =
  | 'equals'
  | 'not_equals'
  | 'in'
  | 'not_in'
  | 'all'
  | 'exists'
  | 'greater_than'
  | 'greater_than_equal'
  | 'less_than'
  | 'less_than_equal'
  | 'like'
  | 'contains'

export type WhereField = { [Operator in WhereOperator]?: unknown }

/** A filter on a collection: fields (dotted paths reach into relations) and `and` / `or`. */
export interface Where {
  [field: string]: WhereField | readonly Where[] | undefined
  and?: readonly Where[]
  or?: readonly Where[]
}

/** One page of a collection, as Payload's REST API reads it. */
export interface FindQuery {
  where?: Where
  depth?: number
  sort?: string
  limit?: number
  page?: number
  select?: Record<string, unknown>
  populate?: Record<string, unknown>
}

/** All of the conditions given; those left out (null, false) do not narrow anything. */
export const allOf = (...conditions: (Where | null | false | undefined)[]): Where => ({
  and: conditions.filter((condition): condition is Where => Boolean(condition)),
})
