import type { SeedArticle } from './types'

/**
 * Demo article, written for this project. Study facts are cited from the published abstracts of
 * the papers listed in `references`; every sentence here is our own.
 */
export const nacMentalHealth: SeedArticle = {
  title: 'N-acetylcysteine (NAC) in mental health: a promising idea with mixed results',
  slug: 'n-acetylcysteine-nac-mental-health',
  summary:
    'N-acetylcysteine, a long-established medicine also sold as a supplement, has been tested as an add-on treatment for depression because of its links to glutathione and glutamate. An early trial in bipolar disorder was encouraging, but a larger depression trial and a later meta-analysis found no clear benefit for depressive symptoms.',
  publishedAt: '2023-09-19T09:00:00.000Z',
  category: 'mental-health-research',
  authors: ['editorial-team'],
  medicalReviewer: 'maya-lindqvist',
  lastReviewedAt: '2023-09-12',
  // Revised to explain why the trials are hard to compare ("Why the picture is mixed").
  contentUpdatedAt: '2024-02-13T09:00:00.000Z',
  keyTakeaways: [
    'NAC helps the body make the antioxidant glutathione and is thought to influence glutamate signalling.',
    'A 2008 trial in bipolar disorder found greater improvement in depression scores with add-on NAC over 24 weeks.',
    'A larger 2014 trial in major depressive disorder did not meet its main outcome.',
    'A 2020 meta-analysis of seven trials found no overall benefit for depressive symptoms and more stomach and bowel side effects.',
  ],
  body: `## An old medicine meets a new question

N-acetylcysteine, usually shortened to NAC, has been part of hospital medicine for decades. It is best known for protecting the liver after a paracetamol (acetaminophen) overdose and for loosening thick mucus in some lung conditions, and in some countries it is also sold as a dietary supplement. Over the past twenty years, psychiatric researchers have asked whether this inexpensive compound could also help people with mood disorders.

## The reasoning behind it

The interest grew out of several ideas about what may go wrong in the brain in depression.

- **Oxidative stress.** NAC supplies cysteine, a building block the body uses to make glutathione, one of its main antioxidants. The authors of the first trial noted that both depression and bipolar disorder have been linked with depleted glutathione.
- **Glutamate.** NAC is thought to influence signalling by glutamate, the brain's main excitatory messenger. Ketamine acts on the same chemical system, which is one reason the two often come up together in research discussions.
- **Inflammation and cell health.** The authors of the 2014 trial also described NAC as lowering inflammatory signals, encouraging the birth of new nerve cells and reducing cell death, all processes thought to be involved in depression.

These ideas are biologically plausible, but plausibility is not proof. The real test is whether people taking NAC improve more than people taking a placebo.

## What the trials found

The first placebo-controlled trial, published in Biological Psychiatry in 2008, enrolled 75 people with bipolar disorder who were in a maintenance phase of treatment. Alongside their usual medicines, they took NAC (1 g twice a day) or a placebo for 24 weeks. By the end, the NAC group had improved significantly more on a standard depression rating scale, and most secondary measures pointed the same way. The gains were lost during a four-week washout after treatment stopped, and NAC did not change how long it took for a new mood episode to arrive.

A larger trial in major depressive disorder, published in the Journal of Clinical Psychiatry in 2014, assigned 252 people to NAC or placebo on top of their usual treatment for 12 weeks. On the main outcome, a clinician-rated depression scale, the two groups did not differ significantly. A measure of everyday functioning did favour NAC at week 12, but a positive secondary result cannot make up for a negative primary one.

In 2020, a meta-analysis in Psychopharmacology pooled seven double-blind, placebo-controlled trials with 728 participants who had bipolar depression or major depressive disorder. Overall, NAC did not improve depressive symptoms more than placebo. It did score better on one clinician rating of overall illness severity, and it was linked with more gastrointestinal side effects, although people taking it were no more likely to drop out.

## Why the picture is mixed

Trials of NAC have differed in who they enrolled, which diagnosis they studied, how long treatment lasted and which outcomes they chose as most important, so their results are hard to line up. The 2020 meta-analysis also found that the size of the effect was associated with the year a trial was published, a hint that the findings have shifted as more studies were done.

> An encouraging first trial is an invitation to test again, not a settled answer.

## Talking to your clinician

The NAC story is a useful reminder that a sensible mechanism does not guarantee a treatment effect. On current evidence, it is not an established treatment for depression. Because even over-the-counter products can interact with other medicines or be unsuitable for some people, it is worth discussing NAC with your own clinician before trying it, especially if you already take medication for your mood.
`,
  references: [
    {
      title:
        'N-acetyl cysteine for depressive symptoms in bipolar disorder—a double-blind randomized placebo-controlled trial',
      authors: 'Berk M, Copolov DL, Dean O, et al.',
      journal: 'Biological Psychiatry',
      year: 2008,
      doi: '10.1016/j.biopsych.2008.04.022',
      url: 'https://doi.org/10.1016/j.biopsych.2008.04.022',
    },
    {
      title:
        'The Efficacy of Adjunctive N-Acetylcysteine in Major Depressive Disorder: A Double-Blind, Randomized, Placebo-Controlled Trial',
      authors: 'Berk M, Dean OM, Cotton SM, et al.',
      journal: 'Journal of Clinical Psychiatry',
      year: 2014,
      url: 'https://www.psychiatrist.com/jcp/efficacy-adjunctive-n-acetylcysteine-major-depressive/',
    },
    {
      title:
        'N-acetylcysteine as an adjunctive treatment for bipolar depression and major depressive disorder: a systematic review and meta-analysis of double-blind, randomized placebo-controlled trials',
      authors: 'Kishi T, Miyake N, Okuya M, et al.',
      journal: 'Psychopharmacology',
      year: 2020,
      doi: '10.1007/s00213-020-05629-2',
      url: 'https://doi.org/10.1007/s00213-020-05629-2',
    },
  ],
  faqs: [
    {
      question: 'Is NAC an established treatment for depression?',
      answer:
        'No. NAC is an established medicine for other uses, but the trials so far have not shown a consistent benefit for depressive symptoms.',
    },
    {
      question: 'How is NAC connected to ketamine?',
      answer:
        "Both are linked to glutamate, the brain's main excitatory messenger. They act in different ways and have been tested in different kinds of studies, so results for one cannot be carried over to the other.",
    },
    {
      question: 'Can I take NAC alongside my current treatment?',
      answer:
        'That is a question for your own clinician, who knows your medicines and health history. Please do not start or stop any supplement or medication for your mood without talking to them first.',
    },
  ],
  related: [
    'rapamycin-ketamine-depression-trial',
    'ketamine-metabolites-norketamine-hydroxynorketamine',
  ],
}
