import type { SeedArticle } from './types'

/**
 * Demo article, written for this project. Study facts are cited from the published abstracts of
 * the papers listed in `references`; every sentence here is our own.
 */
export const zebrafishResearch: SeedArticle = {
  title: 'Ketamine in the fish tank: what zebrafish studies can and cannot tell us',
  slug: 'ketamine-zebrafish-research',
  summary:
    'Zebrafish are small, fast-breeding fish that researchers use to screen drugs that act on the brain. Studies that added ketamine to their water found changes in anxiety-like behaviour, swimming patterns, stress hormones and memory, but fish findings are an early step, not evidence about treatment in people.',
  publishedAt: '2023-11-14T09:00:00.000Z',
  category: 'science-of-ketamine',
  authors: ['editorial-team'],
  keyTakeaways: [
    'Zebrafish are used in early drug research because they breed quickly, are cheap to keep and share much of their biology with humans.',
    'At 20 and 40 mg/L in tank water, ketamine reduced anxiety-like behaviour, caused circling and disrupted group swimming in adult zebrafish.',
    'A later study found a slight memory effect after one exposure and more circling after a week of daily exposure.',
    'These are findings in healthy fish and say nothing directly about treating depression in people.',
  ],
  body: `## Why a fish?

Testing ideas about depression in people is slow and costly, and at the earliest stages it is often not appropriate at all. Before a compound reaches a clinical trial, researchers usually study it in animals, and for decades that meant mostly rats and mice. The zebrafish (*Danio rerio*), a striped freshwater fish a few centimetres long, has become a popular addition to that toolkit.

A 2021 review in the journal Life set out the reasons. Zebrafish breed quickly and in large numbers, their young are see-through during early development, they are inexpensive to keep, and much of their genetics and physiology has close counterparts in humans. Together, these features make it practical to test many compounds, or many doses of one compound, in a short time.

## How ketamine studies in fish work

Rather than injecting a drug, researchers typically dissolve it in the water of a small tank for a set time and then watch how the fish behave. Common set-ups include:

- **The novel tank test:** a fish placed in an unfamiliar tank tends to stay near the bottom at first, so time spent higher up is read as less anxiety-like behaviour.
- **Shoaling tests:** zebrafish normally swim in close groups, so changes in how tightly they stay together reflect social behaviour.
- **Memory tasks:** for example, learning to avoid part of a tank linked with something unpleasant, then being tested a day later.

Tracking software records distance, speed and swimming patterns, and some studies also measure cortisol, the main stress hormone in fish as in people.

## What the studies found

In a 2011 study published in Neurotoxicology and Teratology, adult zebrafish spent 20 minutes in water containing ketamine at 2, 20 or 40 mg/L. The lowest concentration had no clear effect. At the two higher concentrations, the fish showed less anxiety-like behaviour, settled into a new tank less over the course of a session, swam in circles and drifted away from their usual groups. Their whole-body cortisol fell, and c-fos, a marker of recent activity in nerve cells, rose in the brain.

A 2022 study in Physiology & Behavior used the same three concentrations. A single exposure at 40 mg/L straight after a learning session slightly weakened the fish's memory of the task the next day, without changing how much they moved or their anxiety-like behaviour. When fish were exposed for 20 minutes a day over seven days, their movement, anxiety-like and aggression-like behaviour and cortisol levels were unchanged, but the highest concentration increased circling.

## What fish can and cannot tell us

These experiments show that the zebrafish brain responds to ketamine in measurable ways that depend on the dose, which supports using the fish for early drug screening. They do not show that ketamine treats depression, and it would be a mistake to read them that way.

> A fish that swims higher in its tank is showing a behaviour, not describing a mood.

Several limits are worth keeping in mind. A concentration in tank water cannot be converted into a dose for a person. The fish in these studies were healthy animals rather than a model of depression, so the results describe ketamine's general effects, not an antidepressant response. Circling and memory effects have also been reported in rodents given ketamine, a reminder that one drug can do several things at once. The 2021 review includes its own section on the limitations of zebrafish models.

## What this means for you

Animal research like this sits at the very start of the evidence chain. It helps scientists decide which questions are worth asking in people, while the answers that matter for treatment come from carefully run clinical trials. If you are curious about ketamine treatment, your own clinician is the right person to explain what the human evidence shows and whether it fits your situation.
`,
  references: [
    {
      title: 'Behavioral and physiological effects of acute ketamine exposure in adult zebrafish',
      authors: 'Riehl R, Kyzar E, Allain A, et al.',
      journal: 'Neurotoxicology and Teratology',
      year: 2011,
      doi: '10.1016/j.ntt.2011.05.011',
      url: 'https://doi.org/10.1016/j.ntt.2011.05.011',
    },
    {
      title:
        'Ketamine acutely impairs memory consolidation and repeated exposure promotes stereotyped behavior without changing anxiety- and aggression-like parameters in adult zebrafish',
      authors: 'Michelotti P, Franscescon F, Müller TE, et al.',
      journal: 'Physiology & Behavior',
      year: 2022,
      doi: '10.1016/j.physbeh.2022.113708',
      url: 'https://doi.org/10.1016/j.physbeh.2022.113708',
    },
    {
      title: 'Zebrafish as an Animal Model for Testing Agents with Antidepressant Potential',
      authors: 'Lachowicz J, Niedziałek K, Rostkowska E, et al.',
      journal: 'Life',
      year: 2021,
      doi: '10.3390/life11080792',
      url: 'https://doi.org/10.3390/life11080792',
    },
  ],
  faqs: [
    {
      question: 'Do zebrafish get depressed?',
      answer:
        'Fish cannot tell us how they feel, so researchers measure behaviours, such as exploring or staying with the group, that change under stress or with drugs. These measures are useful for screening compounds, but they are not the same as a diagnosis of depression in a person.',
    },
    {
      question: 'Do the fish studies tell us what dose of ketamine people need?',
      answer:
        'No. A concentration dissolved in tank water cannot be translated into a dose for a human, and dosing in clinical care is decided by trained clinicians using evidence from human studies.',
    },
    {
      question: 'Why do researchers use more than one kind of animal?',
      answer:
        'Each species has different strengths. Zebrafish suit fast, large-scale screening, while mammals such as rats and mice are often used for closer study before any research moves on to people.',
    },
  ],
  related: [
    'ketamine-metabolites-norketamine-hydroxynorketamine',
    'ketamine-brain-imaging-hippocampus-amygdala',
  ],
}
