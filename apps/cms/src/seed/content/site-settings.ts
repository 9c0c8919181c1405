export const seedSiteSettings = {
  siteName: 'Science of Ketamine',
  tagline: 'What the research on ketamine therapy says, explained plainly and cited carefully.',
  navigation: [
    { label: 'Articles', link: '/' },
    { label: 'Journal Club', link: '/categories/journal-club' },
    { label: 'FAQ', link: '/faq' },
    { label: 'Search', link: '/search' },
  ],
  footer: {
    text: 'Science of Ketamine explains research for patients, families and clinicians. It is not medical advice: talk to your own clinician about your care.',
    links: [
      { label: 'All FAQs', link: '/faq' },
      { label: 'RSS feed', link: '/feed.xml' },
    ],
  },
  newsletter: {
    heading: 'New research, explained, in your inbox',
    intro: 'One short email when we publish. Unsubscribe with one click at any time.',
    successMessage: 'Thank you! Please check your inbox to confirm your subscription.',
    errorMessage: 'Sorry, something went wrong while sending the form. Please try again.',
  },
  learnMore: {
    heading: 'Learn more',
    text: 'Curious whether ketamine therapy could be right for you? Start with the questions patients ask us most, then talk the evidence through with a clinician.',
    buttonLabel: 'Read the common questions',
    // A page the site has; editors point it elsewhere (a contact page, the clinic's site) in Site settings.
    link: '/faq',
  },
}
