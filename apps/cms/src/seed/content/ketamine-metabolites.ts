import type { SeedArticle } from './types'

/**
 * Demo article, written for this project. Study facts are cited from the published abstracts of
 * the papers listed in `references`; every sentence here is our own.
 */
export const ketamineMetabolites: SeedArticle = {
  title: 'After the dose: how the body breaks down ketamine, and what its metabolites might do',
  slug: 'ketamine-metabolites-norketamine-hydroxynorketamine',
  summary:
    "The liver quickly turns ketamine into a family of related molecules, including norketamine, dehydronorketamine and hydroxynorketamines. One of them, (2R,6R)-hydroxynorketamine, has drawn attention as a possible contributor to ketamine's antidepressant effect, but animal studies disagree and its role in people remains unresolved.",
  publishedAt: '2024-06-04T09:00:00.000Z',
  category: 'science-of-ketamine',
  authors: ['samuel-okafor', 'editorial-team'],
  medicalReviewer: 'maya-lindqvist',
  lastReviewedAt: '2024-05-28',
  keyTakeaways: [
    'The liver rapidly converts ketamine into norketamine, dehydronorketamine, hydroxynorketamines and hydroxyketamines.',
    'Mouse studies suggested that one metabolite, (2R,6R)-hydroxynorketamine, has antidepressant-like effects of its own.',
    'A rat study did not find the same effect, so the role of this metabolite is disputed.',
    "In people, metabolite levels differ between individuals and diagnoses, but no metabolite has been shown to explain ketamine's benefit.",
  ],
  body: `## From one molecule to many

Ketamine has been in clinical use since 1970. The form most often given, racemic ketamine, is an equal mix of two mirror-image versions of the molecule, (S)-ketamine and (R)-ketamine. Soon after a dose, the body starts converting both into a series of related compounds called metabolites. A 2018 review in Pharmacological Reviews describes this breakdown as rapid and extensive.

Most of the work happens in the liver, where enzymes of the cytochrome P450 family, CYP2B6 and CYP3A4 among them, carry out the key steps. The resulting compounds are gradually cleared from the body, largely in urine.

## The main metabolites

- **Norketamine** forms when the liver removes a small methyl group from ketamine. It is the first major product, and it still blocks NMDA receptors, though less strongly than ketamine does.
- **Dehydronorketamine** is made from norketamine. It appears in the blood within hours of a dose, but much less is known about what, if anything, it does in the brain.
- **Hydroxynorketamines (HNKs)** form when a hydroxyl group is added to norketamine at one of several positions. There are a number of different HNKs, and (2R,6R)-HNK has received the most attention.
- **Hydroxyketamines** form when ketamine itself picks up a hydroxyl group.

## The hydroxynorketamine debate

Hydroxynorketamines were long regarded as inactive, largely because they do not cause anaesthesia. That view changed in 2016, when a research group reported that in mice, (2R,6R)-HNK produced antidepressant-like effects without directly blocking NMDA receptors and without some of ketamine's unwanted effects. Their 2018 review sets out this line of work and the mechanisms they proposed, which centre on a different glutamate receptor, the AMPA receptor. Other teams have tested ideas about mechanism in people by blocking a proposed pathway; we wrote about [a trial that gave rapamycin before ketamine](article:rapamycin-ketamine-depression-trial) with that aim.

Not every laboratory has seen the same thing. In a 2018 study in the International Journal of Neuropsychopharmacology, researchers gave rats (R)-ketamine, (R)-norketamine or (2R,6R)-HNK in a learned helplessness model of depression. A single dose of (R)-ketamine had an antidepressant-like effect, but neither metabolite did, even when HNK was given at a higher dose. The authors concluded that conversion to HNK is unlikely to be essential for ketamine's action.

> When careful laboratories get different answers, the honest summary is that the question is still open.

## What human studies show

Measuring metabolites in patients is one way to test these ideas. In a 2012 study in Biological Psychiatry, researchers took repeated blood samples from 67 people in a major depressive episode, 45 with major depressive disorder and 22 with bipolar depression, after a standard 40-minute ketamine infusion. Within the first four hours they detected ketamine, norketamine, dehydronorketamine, a hydroxyketamine and four of the six HNKs they looked for. People with bipolar depression had higher levels of several metabolites than people with major depressive disorder. In the bipolar group, higher levels of one HNK form went along with not responding to ketamine, and at the 40-minute mark some metabolites were linked with fewer dissociative and psychotic-like symptoms. Variations in cytochrome P450 genes were not related to any of these measures.

These results show that the mix of metabolites varies between people and between diagnoses. They do not show that any single metabolite drives ketamine's antidepressant effect in humans.

## What this means for patients

If a metabolite turned out to carry much of the benefit, it might one day be developed as a treatment in its own right, perhaps with fewer side effects. For now that is a research goal, not an option in the clinic. Because several medicines rely on the same liver enzymes, other drugs could in principle change how ketamine is broken down. That is one more reason to give your own clinician a full list of everything you take, and to bring any questions about how ketamine works in your body to them. More plain-language summaries of ketamine research are collected under [Science of Ketamine](category:science-of-ketamine).
`,
  references: [
    {
      title: 'Ketamine and Ketamine Metabolite Pharmacology: Insights into Therapeutic Mechanisms',
      authors: 'Zanos P, Moaddel R, Morris PJ, et al.',
      journal: 'Pharmacological Reviews',
      year: 2018,
      doi: '10.1124/pr.117.015198',
      url: 'https://doi.org/10.1124/pr.117.015198',
    },
    {
      title:
        "Relationship of ketamine's plasma metabolites with response, diagnosis, and side effects in major depression",
      authors: 'Zarate CA Jr, et al.',
      journal: 'Biological Psychiatry',
      year: 2012,
      doi: '10.1016/j.biopsych.2012.03.004',
      url: 'https://doi.org/10.1016/j.biopsych.2012.03.004',
    },
    {
      title:
        'Lack of Antidepressant Effects of (2R,6R)-Hydroxynorketamine in a Rat Learned Helplessness Model: Comparison with (R)-Ketamine',
      authors: 'Shirayama Y, Hashimoto K',
      journal: 'International Journal of Neuropsychopharmacology',
      year: 2018,
      doi: '10.1093/ijnp/pyx108',
      url: 'https://doi.org/10.1093/ijnp/pyx108',
    },
  ],
  faqs: [
    {
      question: 'Is norketamine active?',
      answer:
        'To a degree. It also blocks NMDA receptors, though less strongly than ketamine, and how much it contributes to treatment effects is not known.',
    },
    {
      question: 'Could a ketamine metabolite become a treatment on its own?',
      answer:
        'Researchers are interested in that possibility, particularly for (2R,6R)-hydroxynorketamine. It is not an available treatment, and its effects in people with depression have not been established.',
    },
    {
      question: 'Can my other medicines affect how ketamine is broken down?',
      answer:
        'They may, because several medicines are processed by the same liver enzymes. Give your clinician a full list of what you take, including supplements, so they can check for interactions.',
    },
  ],
  related: ['rapamycin-ketamine-depression-trial', 'ketamine-zebrafish-research'],
}
