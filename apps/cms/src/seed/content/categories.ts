export const seedCategories = [
  {
    title: 'Science of Ketamine',
    slug: 'science-of-ketamine',
    description: 'Plain-language explanations of new research on ketamine and depression.',
  },
  {
    title: 'Journal Club',
    slug: 'journal-club',
    description: 'A closer reading of a single paper: its methods, its results and its limits.',
  },
  {
    title: 'Mental Health Research',
    slug: 'mental-health-research',
    description: 'Studies beyond ketamine that shape how depression and anxiety are treated.',
  },
]
