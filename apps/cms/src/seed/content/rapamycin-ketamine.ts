import type { SeedArticle } from './types'

/**
 * Demo article, written for this project. Study facts are cited from the published abstracts and
 * introductions of the papers listed in `references`; every sentence here is our own.
 */
export const rapamycinKetamine: SeedArticle = {
  title:
    'Rapamycin before ketamine: a trial that set out to block an effect and seemed to extend it',
  slug: 'rapamycin-ketamine-depression-trial',
  summary:
    "Rodent studies suggested that ketamine works through a signalling hub called mTORC1, which the drug rapamycin blocks. When researchers gave rapamycin before ketamine to 20 people with depression, it did not blunt ketamine's effect; instead, more people were still responding two weeks later. The finding is intriguing but preliminary.",
  publishedAt: '2024-01-23T09:00:00.000Z',
  category: 'science-of-ketamine',
  authors: ['editorial-team', 'samuel-okafor'],
  medicalReviewer: 'maya-lindqvist',
  lastReviewedAt: '2024-01-16',
  keyTakeaways: [
    'Animal studies suggested that ketamine works partly by switching on mTORC1, a protein complex that rapamycin blocks.',
    "In a 2020 trial of 20 people, rapamycin taken two hours before ketamine did not reduce ketamine's effect at 24 hours.",
    'Two weeks later, more people were responding after rapamycin plus ketamine (41%) than after placebo plus ketamine (13%).',
    'The trial was small and preliminary, and rapamycin is a powerful immunosuppressant that should not be used this way outside research.',
  ],
  body: `## The idea being tested

For more than a decade, one of the leading explanations of how ketamine relieves depression has centred on a protein complex called mTORC1, short for mechanistic target of rapamycin complex 1. mTORC1 helps cells decide when to build new proteins, including the ones nerve cells need to form and strengthen their connections, known as synapses.

The idea gained weight from a 2010 study in Science. In rats, ketamine quickly switched on the mTOR pathway in the prefrontal cortex, raised levels of synaptic proteins and increased the number of new synaptic connections. When the researchers blocked mTOR signalling, ketamine no longer produced those new connections or its antidepressant-like effects in behavioural tests.

Rapamycin, also known as sirolimus, is a medicine that inhibits mTORC1 and is used to suppress the immune system, for example after organ transplants. If the rodent findings held true in people, giving rapamycin before ketamine ought to weaken ketamine's antidepressant effect.

## How the trial was set up

A team at Yale tested that prediction and published the results in Neuropsychopharmacology in 2020.

- **Participants:** 20 people in a major depressive episode.
- **Design:** double-blind and crossover, so each person had both pre-treatments on separate days at least two weeks apart, without knowing which was which.
- **Pre-treatment:** a single 6 mg oral dose of rapamycin, or a placebo, two hours before ketamine.
- **Ketamine:** a standard intravenous dose of 0.5 mg/kg.
- **Outcome:** depression severity on the Montgomery–Åsberg Depression Rating Scale (MADRS), followed for two weeks.

## What happened

Rapamycin did not dampen ketamine's effect at 24 hours, the time point the study was built around. The surprise came afterwards. Across the following two weeks, improvement held up better after the rapamycin session than after the placebo session. At the two-week mark, 41% of participants met the trial's definition of response after rapamycin plus ketamine, compared with 13% after placebo plus ketamine; remission rates were 29% and 7%.

> The hypothesis predicted a smaller effect. The data pointed, tentatively, towards a longer one.

## How to read the result

The authors described their evidence as preliminary, and there are good reasons for caution. The sample was small, rapamycin was given only once, and results from a crossover design can be coloured by how people change between sessions. The team had chosen a rapamycin dose that volunteers would tolerate, and they acknowledged that it may have been too low to block mTORC1 in the brain as firmly as in the rodent experiments, where the drug was delivered straight into the brain. Rapamycin also has strong effects on inflammation and the immune system, which could matter in their own right.

So the finding raises questions rather than settling them. Does blocking mTORC1 throughout the body differ from blocking it in one brain region? And what drives relapse after a single ketamine dose, which, the authors note, typically happens within about three to fourteen days when no further doses are given?

## What this means for patients

Rapamycin is a powerful immunosuppressant with real risks, and one small trial is not a basis for combining it with ketamine outside research. Larger and longer studies are needed to show whether the effect is reliable and safe. If you are having ketamine treatment and wondering how to make its benefits last, that is a good conversation to have with your own clinician.
`,
  references: [
    {
      title:
        'Modulation of the antidepressant effects of ketamine by the mTORC1 inhibitor rapamycin',
      authors: 'Abdallah CG, Averill LA, Gueorguieva R, et al.',
      journal: 'Neuropsychopharmacology',
      year: 2020,
      doi: '10.1038/s41386-020-0644-9',
      url: 'https://doi.org/10.1038/s41386-020-0644-9',
    },
    {
      title:
        'mTOR-dependent synapse formation underlies the rapid antidepressant effects of NMDA antagonists',
      authors: 'Li N, Lee B, Liu RJ, et al.',
      journal: 'Science',
      year: 2010,
      doi: '10.1126/science.1190287',
      url: 'https://doi.org/10.1126/science.1190287',
    },
  ],
  faqs: [
    {
      question: 'What is mTORC1?',
      answer:
        'It is a protein complex inside cells that helps control when they build new proteins. In nerve cells, those include proteins needed to form and strengthen connections, which is why researchers think it may matter for ketamine.',
    },
    {
      question: 'Should I ask for rapamycin with my ketamine treatment?',
      answer:
        'Not on the strength of this study. It was a small, early trial, and rapamycin suppresses the immune system, so any use of it belongs in research or in a decision made with your own clinician.',
    },
    {
      question: 'Did the study disprove the mTORC1 theory?',
      answer:
        'Not exactly. A single oral dose may not have blocked mTORC1 in the brain as strongly as in animal studies, so the result raises new questions about the theory rather than overturning it.',
    },
  ],
  related: [
    'ketamine-metabolites-norketamine-hydroxynorketamine',
    'oral-ketamine-eeg-chronic-suicidality',
  ],
}
