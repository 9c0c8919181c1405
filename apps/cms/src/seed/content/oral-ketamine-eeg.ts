import type { SeedArticle } from './types'

/**
 * Demo article, written for this project. Study facts are cited from the published abstracts of
 * the papers listed in `references`; every sentence here is our own.
 */
export const oralKetamineEeg: SeedArticle = {
  title: 'Journal club: brain rhythms before and after six weeks of low-dose oral ketamine',
  slug: 'oral-ketamine-eeg-chronic-suicidality',
  summary:
    'We read a 2023 study that recorded resting EEG in 25 adults with major depressive disorder and chronic suicidal thoughts before and after six weeks of low-dose oral ketamine, and again a month later. Alpha activity shifted during treatment and drifted back afterwards, while other rhythms changed in the weeks after dosing stopped.',
  publishedAt: '2024-04-16T09:00:00.000Z',
  category: 'journal-club',
  authors: ['editorial-team'],
  medicalReviewer: 'maya-lindqvist',
  lastReviewedAt: '2024-04-09',
  keyTakeaways: [
    'The study recorded resting EEG in 25 adults with depression and chronic suicidal thoughts before and after six weeks of oral ketamine, and a month later.',
    'Alpha power over the centro-parietal region fell during treatment and rose again after dosing stopped.',
    'Changes in theta and low-beta power appeared in the month after treatment, and one of them tracked depression and stress scores.',
    'With no control group and a small sample, the findings are early clues rather than answers.',
  ],
  body: `## The paper in brief

- **Title:** Spectral Changes of EEG Following a 6-Week Low-Dose Oral Ketamine Treatment in Adults With Major Depressive Disorder and Chronic Suicidality
- **Journal:** International Journal of Neuropsychopharmacology, 2023
- **Who took part:** 25 adults from an open-label trial of oral ketamine
- **Question:** does resting brain electrical activity change with treatment, and do any changes track symptoms?

## Background: the OKTOS trial

The EEG recordings come from the Oral Ketamine Trial on Suicidality (OKTOS), run in Australia. Its main results, published in Translational Psychiatry in 2021, described 32 adults with long-standing suicidal thoughts who took low, sub-anaesthetic doses of ketamine by mouth over six weeks. Doses started at 0.5 mg/kg and could be raised to a maximum of 3.0 mg/kg. Average scores on the Beck Scale for Suicide Ideation fell from a high level to below the clinical threshold by week six. About two-thirds of participants improved meaningfully during treatment, and half still showed a significant improvement four weeks after the last dose. The trial was open-label, with no placebo group.

## What the researchers measured

An EEG records the brain's electrical activity through sensors on the scalp. The signal can be split into frequency bands, and the strength of each band is called its power. Participants sat quietly with their eyes closed for four minutes while the team recorded from frontal, temporal, centro-parietal and occipital regions. They did this before treatment, at the end of the six weeks and four weeks later. The analysis covered four bands:

- **Theta**, slower rhythms often linked with drowsiness and memory processes
- **Alpha**, the rhythm that tends to dominate when a person is awake and relaxed with their eyes closed
- **Low beta** and **high beta**, faster rhythms associated with alert, active thinking

The team then checked whether changes in power went along with changes in symptom scores.

## What they found

From before to after treatment, only one change stood out: alpha power over the centro-parietal region went down. In the following month without ketamine, that alpha power rose again, and a wider set of changes appeared. Alpha and theta power increased over the temporal regions, theta increased over the centro-parietal region, and low-beta power rose over the back of the head while falling over the temporal regions. Theta over the back of the head decreased, and the size of that decrease was correlated with changes on depression and stress subscales.

The authors read this as an early alpha change that trended back towards baseline after treatment, plus later shifts in theta and low beta.

> Several of the clearest changes appeared only after the last dose, a reminder that what happens when treatment ends deserves as much attention as the treatment itself.

## Strengths and limits

The study adds repeated brain measurements to a trial in people living with chronic suicidal thoughts, and it kept recording after treatment ended. Its limits are considerable, though.

- **No control group.** Without a placebo arm, changes cannot be pinned on ketamine rather than on time, expectation or other care.
- **Small sample.** With 25 people and many comparisons across regions and bands, some results may be chance findings.
- **Unclear meaning.** EEG bands are not established markers of mood, and only one change was reported to track symptoms.

Brain rhythms are only one way to look for change after ketamine. For a very different method, see [what 3T and 7T MRI scans showed after a single infusion](article:ketamine-brain-imaging-hippocampus-amygdala), a study that measured the size of brain regions rather than their activity.

A separate analysis from the same trial, published in Progress in Neuro-Psychopharmacology and Biological Psychiatry, asked whether brain activity recorded before treatment could predict who kept their benefit. In 29 participants, it found that EEG responses to sounds before treatment were associated with suicidal ideation scores at follow-up, another lead that needs testing in larger groups.

## What this means for patients

EEG is not a routine part of deciding who receives ketamine. This study gives researchers clues about how brain rhythms might shift during and after oral ketamine, clues that need checking in larger, controlled trials. Oral ketamine for suicidal thoughts is still being studied, and any ketamine treatment needs close medical supervision. If you are living with thoughts of suicide, please talk to your clinician, and if you feel unsafe right now, contact your local emergency number or a crisis line straight away.
`,
  references: [
    {
      title:
        'Spectral Changes of EEG Following a 6-Week Low-Dose Oral Ketamine Treatment in Adults With Major Depressive Disorder and Chronic Suicidality',
      authors: 'Anijärv TE, Can AT, Gallay CC, et al.',
      journal: 'International Journal of Neuropsychopharmacology',
      year: 2023,
      doi: '10.1093/ijnp/pyad006',
      url: 'https://doi.org/10.1093/ijnp/pyad006',
    },
    {
      title: 'Low dose oral ketamine treatment in chronic suicidality: An open-label pilot study',
      authors: 'Can AT, Hermens DF, Dutton M, et al.',
      journal: 'Translational Psychiatry',
      year: 2021,
      doi: '10.1038/s41398-021-01230-z',
      url: 'https://doi.org/10.1038/s41398-021-01230-z',
    },
    {
      title:
        'Electrophysiological phenotypes of suicidality predict prolonged response to oral ketamine treatment',
      journal: 'Progress in Neuro-Psychopharmacology and Biological Psychiatry',
      year: 2023,
      doi: '10.1016/j.pnpbp.2022.110701',
      url: 'https://pubmed.ncbi.nlm.nih.gov/36565983/',
    },
  ],
  faqs: [
    {
      question: 'What is an EEG power spectrum?',
      answer:
        "It is a way of splitting the brain's electrical signal into slower and faster rhythms and measuring how strong each one is. Researchers compare these bands over time to look for changes linked with a treatment.",
    },
    {
      question: 'Can an EEG show whether ketamine will work for me?',
      answer:
        'Not at present. Studies like this one are exploring possible markers, but none is ready to guide treatment decisions in everyday care.',
    },
    {
      question: 'Is oral ketamine the same as an infusion?',
      answer:
        'No. Ketamine taken by mouth is absorbed and processed differently from an intravenous infusion, so doses and effects are not interchangeable. Your clinician can explain which forms are available and suitable for you.',
    },
  ],
  related: ['ketamine-brain-imaging-hippocampus-amygdala', 'rapamycin-ketamine-depression-trial'],
}
