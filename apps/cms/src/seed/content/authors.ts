/**
 * Demo bylines. An organisation can be an author; people carry their credentials. The people are
 * sample profiles, say so in their bios, and are meant to be replaced by the clinic's own.
 */
export const seedAuthors = [
  {
    name: 'The Science of Ketamine editorial team',
    slug: 'editorial-team',
    kind: 'organisation' as const,
    jobTitle: 'Clinical research writers',
    bio: 'Our editorial team reads new ketamine research as it is published and explains what each study did, what it found and what it cannot tell us yet.',
  },
  {
    name: 'Dr. Maya Lindqvist',
    slug: 'maya-lindqvist',
    kind: 'person' as const,
    credentials: 'MD',
    jobTitle: 'Psychiatrist and medical reviewer',
    bio: 'Maya is a psychiatrist who treats adults with depression and reviews our articles for medical accuracy before they are published. (A sample profile for the demo content.)',
  },
  {
    name: 'Dr. Samuel Okafor',
    slug: 'samuel-okafor',
    kind: 'person' as const,
    credentials: 'PhD',
    jobTitle: 'Neuropharmacologist',
    bio: 'Samuel studies how drugs act on brain circuits and writes about the pharmacology behind ketamine treatment. (A sample profile for the demo content.)',
  },
]
