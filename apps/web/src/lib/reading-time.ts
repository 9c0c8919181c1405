// One count for readers and editors: the admin shows the same reading time beside the body.
export { articleReadingMinutes, readingMinutes } from '@sok/content/reading-time'
