import type { SeedGlossaryTerm } from './types'

/**
 * Demo glossary terms, written for this project. Each one's first mention in a demo article
 * links to its page, so the seeded articles show the feature.
 */
export const seedGlossaryTerms: SeedGlossaryTerm[] = [
  {
    term: 'Treatment-resistant depression',
    shortDefinition:
      'Depression that has not improved enough after at least two adequate courses of different antidepressants.',
    explanation: `There is no single agreed definition, but most studies use the same rule of thumb: two antidepressants, each taken at a proper dose for long enough, without a satisfactory response.

Many ketamine and esketamine trials enrol only people who meet this definition, which is why the phrase appears in so many study titles.`,
    related: ['ketamine-brain-imaging-hippocampus-amygdala'],
  },
  {
    term: 'EEG',
    shortDefinition:
      'Electroencephalography: a recording of the brain’s electrical activity through sensors placed on the scalp.',
    explanation: `An EEG is painless and takes a few minutes to an hour. Researchers often split the signal into frequency bands (delta, theta, alpha, beta, gamma) and compare how strong each band is before and after a treatment.

EEG changes are research clues, not tests a clinic uses to decide who should receive ketamine.`,
    related: ['oral-ketamine-eeg-chronic-suicidality'],
  },
  {
    term: 'mTORC1',
    shortDefinition:
      'A protein complex inside cells that controls growth and the making of new proteins, including at the connections between nerve cells.',
    explanation: `Animal studies suggested that ketamine switches on mTORC1 signalling and that this helps new synapses form. The drug rapamycin blocks mTORC1, which is why researchers tested it alongside ketamine.`,
    related: ['rapamycin-ketamine-depression-trial'],
  },
  {
    term: 'Placebo',
    shortDefinition:
      'An inactive treatment given in the same way as the real one, so that a trial can separate the treatment’s effect from everything else.',
    explanation: `Ketamine is hard to disguise because people notice how it feels. Some trials therefore use an "active placebo", such as the sedative midazolam, which also has effects people can notice.`,
    related: ['rapamycin-ketamine-depression-trial', 'n-acetylcysteine-nac-mental-health'],
  },
  {
    term: 'Dissociation',
    shortDefinition:
      'A feeling of being detached from one’s body or surroundings. During a ketamine session it is common and usually passes within an hour or two.',
    related: ['ketamine-brain-imaging-hippocampus-amygdala'],
  },
]
