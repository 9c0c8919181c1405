import { GraphQLError, type ValidationRule } from 'graphql'

/**
 * Root fields Payload 3.90 generates but cannot answer reliably: a global's `docAccess…` resolver
 * reads the request from the wrong argument, and the permission types declare non-null fields
 * (`permission`, `canAccessAdmin`) that Payload leaves empty, so such queries failed with a 500.
 * Nothing uses them (the admin asks the REST API's `/access` endpoints), so they are refused
 * before running, with a 400 that says where to go.
 */
const isPermissionQuery = (name: string) => name === 'Access' || name.startsWith('docAccess')

export const unavailableFields: ValidationRule = (context) => ({
  Field(node) {
    if (context.getParentType() !== context.getSchema().getQueryType()) return
    const name = node.name.value
    if (!isPermissionQuery(name)) return
    context.reportError(
      new GraphQLError(
        `${name} is not available on this API; permissions are answered by the REST API's /access endpoints.`,
        { nodes: [node] },
      ),
    )
  },
})
