import type { SeedArticle } from './types'

/**
 * Demo article, written for this project. The study's facts are cited from its published
 * abstract (Scientific Reports 14, 4538, 2024); every sentence here is our own.
 */
export const imagingStudy: SeedArticle = {
  title: 'Ketamine and the depressed brain: what 3T and 7T MRI scans showed',
  slug: 'ketamine-brain-imaging-hippocampus-amygdala',
  summary:
    'A placebo-controlled imaging study scanned people with treatment-resistant depression and healthy volunteers before and after a single ketamine infusion. The only change it found was a small rise in left amygdala volume about ten days later.',
  publishedAt: '2024-02-29T09:00:00.000Z',
  category: 'science-of-ketamine',
  authors: ['editorial-team'],
  medicalReviewer: 'maya-lindqvist',
  lastReviewedAt: '2024-03-28T00:00:00.000Z',
  // The medical review a month after publication reworded the advice for patients.
  contentUpdatedAt: '2024-03-28T09:00:00.000Z',
  keyTakeaways: [
    'Researchers measured the hippocampus and amygdala with standard (3T) and high-resolution (7T) MRI.',
    'Each person received both a ketamine infusion and a saline infusion, without knowing which was which.',
    'About ten days after ketamine, people with treatment-resistant depression had a slightly larger left amygdala.',
    'No other volume changes were found, so the result needs repeating in larger studies.',
  ],
  body: `## Why researchers looked at these two brain regions

The hippocampus and the amygdala sit deep in the temporal lobes and help us form memories and weigh emotions. Earlier imaging work has linked long-lasting depression with smaller volumes in both, and animal studies suggest that stress-related shrinkage can be reversed by antidepressants, ketamine among them. Whether the same happens in people after a single dose was an open question.

## How the study was run

The team re-analysed brain scans from an earlier double-blind, placebo-controlled crossover trial. Every participant received, on different occasions, a 40-minute intravenous infusion of ketamine (0.5 mg/kg) and an infusion of saline, without knowing which was which.

- **Who took part:** unmedicated adults with treatment-resistant depression and healthy volunteers.
- **Scanners:** a standard 3 tesla MRI and a high-resolution 7 tesla MRI, so small subregions could be measured.
- **When:** before the infusion, one to two days after it, and nine to ten days after it.

## What they found

At the start, the two groups did not differ in hippocampal or amygdala volume. About ten days after ketamine, compared with after saline, people with treatment-resistant depression showed a slight increase in the volume of the whole left amygdala. No other difference turned up, in either group or at either field strength.

[[keyFinding: Ten days after a single ketamine infusion, the whole left amygdala of people with treatment-resistant depression was slightly larger than after placebo. | Scientific Reports, 2024]]

> A single, modest change is a reason for careful follow-up, not a headline. It tells researchers when to look, not yet what it means for patients.

## What this means for patients

Ketamine's antidepressant effect can begin within hours, yet this study saw structural change, if any, only days later. That timing matters for people considering treatment: how someone feels after an infusion and what a scanner can measure are different things, and both deserve study. The sample was small, and the result has to be repeated before it can guide care.

[[callout:info: Talk to your clinician | Brain scans are a research tool here, not a test you need before treatment. Questions about ketamine therapy are best discussed with the clinician who knows your history.]]

## Read the paper

The full study is open access in Scientific Reports: [Hippocampal volume changes after (R,S)-ketamine administration in patients with major depressive disorder and healthy volunteers](https://doi.org/10.1038/s41598-024-54370-9).
`,
  references: [
    {
      title:
        'Hippocampal volume changes after (R,S)-ketamine administration in patients with major depressive disorder and healthy volunteers',
      journal: 'Scientific Reports',
      year: 2024,
      doi: '10.1038/s41598-024-54370-9',
      url: 'https://pubmed.ncbi.nlm.nih.gov/38402253/',
    },
  ],
  faqs: [
    {
      question: 'Does this study show that ketamine repairs the brain?',
      answer:
        'No. It found one small change in one region, about ten days after a single infusion. That is a clue for further research, not proof of repair.',
    },
    {
      question: 'Why did the researchers use two kinds of MRI scanner?',
      answer:
        'A 7 tesla scanner shows finer detail than the usual 3 tesla one, which helps measure small subregions of the hippocampus and amygdala. Using both let the team check their results at two levels of detail.',
    },
    {
      question: 'Were there side effects?',
      answer:
        'This report focused on brain volumes. Ketamine can cause short-lived effects such as dissociation, nausea and raised blood pressure during and shortly after an infusion, which is why it is given under medical supervision.',
    },
  ],
  related: ['ketamine-metabolites-norketamine-hydroxynorketamine'],
}
