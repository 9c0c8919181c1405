/** Newsletter mail goes out from this job queue, never from a request. */
export const NEWSLETTER_QUEUE = 'newsletter'
