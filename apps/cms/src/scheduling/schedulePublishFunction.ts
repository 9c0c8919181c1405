import {
  type SchedulePublishHandlerArgs,
  schedulePublishHandler,
} from '@payloadcms/ui/utilities/schedulePublishHandler'
import {
  canAccessAdmin,
  type CollectionSlug,
  docAccessOperation,
  type PayloadRequest,
  type ServerFunction,
} from 'payload'

type Target = { relationTo?: string; value?: number | string } | undefined

/** May this user publish (or unpublish) the document? The same rule as the Publish button. */
async function mayPublish(req: PayloadRequest, target: Target): Promise<boolean> {
  const collection = target?.relationTo
    ? req.payload.collections[target.relationTo as CollectionSlug]
    : undefined
  if (!collection || target?.value === undefined) return false
  const permission = await docAccessOperation({
    id: target.value,
    collection,
    data: { _status: 'published' },
    req,
  })
  return permission.update === true
}

/**
 * The admin's "Schedule publish" server function, guarded. Payload 3.90's own handler lets any
 * signed-in user queue or delete a schedule (the job then runs with that user's rights) and, on a
 * delete, also queues an empty job; this one checks that the user may publish the document,
 * refuses a time in the past, and deletes without queueing anything.
 */
export const guardedSchedulePublish: ServerFunction<SchedulePublishHandlerArgs> = async (args) => {
  const { req, deleteID } = args
  await canAccessAdmin({ req })
  if (deleteID !== undefined) {
    const job = await req.payload
      .findByID({ collection: 'payload-jobs', id: deleteID, depth: 0, disableErrors: true })
      .catch(() => null)
    const input = job?.input as { doc?: Target } | undefined
    if (!job || job.taskSlug !== 'schedulePublish' || !(await mayPublish(req, input?.doc))) {
      return { error: 'You cannot change the schedule of this document.' }
    }
    await req.payload.delete({ collection: 'payload-jobs', id: deleteID })
    return { message: 'Schedule removed.' }
  }
  if (!(await mayPublish(req, args.doc as Target))) {
    return { error: 'Only editors can schedule publishing.' }
  }
  if (!args.date || new Date(args.date).getTime() <= Date.now()) {
    return { error: 'That time has already passed: choose a time in the future.' }
  }
  return schedulePublishHandler(args)
}
