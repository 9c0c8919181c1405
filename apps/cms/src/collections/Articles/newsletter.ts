import type { Field } from 'payload'

/**
 * The article's "Newsletter" box in the sidebar: whether publishing emails it, what the email
 * says, and (NewsletterPanel) the send's progress, the test send and "Send to subscribers now".
 */
export const newsletterField: Field = {
  name: 'newsletter',
  type: 'group',
  label: 'Newsletter',
  admin: { position: 'sidebar' },
  fields: [
    {
      name: 'sendOnPublish',
      type: 'checkbox',
      label: 'Email to subscribers',
      // On for new articles. Existing articles got `false` in the migration, so republishing an
      // edit never emails anyone; an article is emailed at most once either way.
      defaultValue: true,
      admin: {
        description: 'Email this article to every confirmed subscriber when it is first published.',
      },
    },
    {
      name: 'subject',
      type: 'text',
      label: 'Email subject',
      maxLength: 150,
      admin: { description: 'Leave empty to use the title.' },
    },
    {
      name: 'previewText',
      type: 'text',
      label: 'Email preview text',
      maxLength: 200,
      admin: { description: 'Shown after the subject in most inboxes. Empty: the summary.' },
    },
    {
      name: 'panel',
      type: 'ui',
      admin: { components: { Field: '/components/admin/NewsletterPanel#NewsletterPanel' } },
    },
  ],
}
