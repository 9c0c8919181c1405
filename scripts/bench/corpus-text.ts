/**
 * Words for the generated archive: titles, summaries, bylines, questions and body paragraphs in
 * the language of the real articles, drawn with a seeded random generator so every run of the
 * generator produces the same corpus.
 */

/** A small, fast, seeded PRNG (mulberry32): the same seed gives the same sequence. */
export function seededRandom(seed: number) {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (max: number) => Math.floor(next() * max)
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!
  return { next, int, pick }
}
export type Random = ReturnType<typeof seededRandom>

/** A word that occurs in exactly one generated article: the "rare" search of the benchmark. */
export const RARE_WORD = 'xylocarpous'
/** A word that occurs in nearly every article: the "common" search. */
export const COMMON_WORD = 'ketamine'

const SUBJECTS = [
  'Ketamine',
  'Esketamine',
  'Low-dose ketamine',
  'Intravenous ketamine',
  'Oral ketamine',
  'Intranasal esketamine',
  'Ketamine-assisted therapy',
  'Hydroxynorketamine',
  'Repeated ketamine infusions',
  'A single ketamine infusion',
]
const VERBS = [
  'reduces',
  'reshapes',
  'predicts',
  'changes',
  'eases',
  'modulates',
  'restores',
  'speeds up',
]
const OBJECTS = [
  'suicidal ideation in adolescents',
  'treatment-resistant depression',
  'hippocampal connectivity',
  'synaptic plasticity in the prefrontal cortex',
  'chronic pain after surgery',
  'post-traumatic stress symptoms',
  'sleep architecture',
  'inflammatory markers',
  'anhedonia in bipolar depression',
  'alcohol use disorder relapse',
  'obsessive-compulsive symptoms',
  'gamma oscillations on EEG',
  'BDNF signalling',
  'default mode network activity',
  'postpartum depression',
]
const QUALIFIERS = [
  'in a randomised trial',
  'in a meta-analysis of 24 studies',
  'over six weeks',
  'in older adults',
  'in an open-label study',
  'compared with midazolam',
  'in a rodent model',
  'a year later',
  'in routine clinical care',
  'in a small pilot study',
]

const TOPICS = [
  'Depression',
  'Anxiety',
  'Chronic pain',
  'PTSD',
  'Neuroplasticity',
  'Dosing',
  'Safety',
  'Clinical trials',
  'Brain imaging',
  'Pharmacology',
  'Addiction',
  'Sleep',
  'Adolescents',
  'Older adults',
  'Psychotherapy',
  'Inflammation',
  'Suicide prevention',
  'EEG',
  'Metabolites',
  'Esketamine',
  'Bipolar disorder',
  'OCD',
  'Eating disorders',
  'Palliative care',
  'Anaesthesia',
]
const TOPIC_KINDS = ['research', 'in practice']

const FIRST_NAMES = [
  'Amara',
  'Jonas',
  'Priya',
  'Tomás',
  'Hana',
  'Samuel',
  'Leila',
  'Oskar',
  'Mei',
  'Daniel',
  'Ines',
  'Kofi',
  'Sofia',
  'Arjun',
  'Elena',
  'Mateo',
  'Yuki',
  'Nadia',
  'Felix',
  'Zara',
]
const LAST_NAMES = [
  'Okafor',
  'Lindgren',
  'Raman',
  'Silva',
  'Novak',
  'Adeyemi',
  'Haddad',
  'Berg',
  'Chen',
  'Moreau',
  'Costa',
  'Mensah',
  'Rossi',
  'Iyer',
  'Petrova',
  'Garcia',
  'Tanaka',
  'Karimi',
  'Weber',
  'Ali',
]
const CREDENTIALS = ['MD', 'PhD', 'MD, PhD', 'PharmD', 'RN', 'MSc', 'PsyD']
const JOB_TITLES = [
  'Psychiatrist',
  'Clinical pharmacologist',
  'Neuroscientist',
  'Anaesthesiologist',
  'Psychiatric nurse practitioner',
  'Science writer',
  'Clinical psychologist',
]

const VOCABULARY = (
  'patients participants clinicians infusion dose response remission relapse placebo trial ' +
  'cohort baseline outcome symptom scale rating week month follow-up efficacy tolerability ' +
  'dissociation blood pressure monitoring receptor glutamate NMDA AMPA synapse plasticity ' +
  'connectivity network cortex hippocampus amygdala mood anxiety sleep appetite memory ' +
  'attention cognition inflammation biomarker genotype metabolite clearance liver kidney ' +
  'session therapist integration psychotherapy guideline protocol evidence confidence ' +
  'interval effect size heterogeneity bias sample recruitment dropout adverse event nausea ' +
  'headache dizziness euphoria tolerance dependence safety screening contraindication ' +
  'pregnancy adolescence ageing chronic acute rapid sustained durable maintenance booster ' +
  'community clinic hospital outpatient inpatient access cost insurance regulator approval'
).split(' ')

/** A title and its slug; a number keeps both unique across ten thousand articles. */
export function articleTitle(random: Random, index: number): { title: string; slug: string } {
  const title = `${random.pick(SUBJECTS)} ${random.pick(VERBS)} ${random.pick(OBJECTS)} ${random.pick(QUALIFIERS)}`
  const slug = `${slugify(title).slice(0, 80).replace(/-+$/, '')}-${index + 1}`
  return { title: `${title} (study ${index + 1})`, slug }
}

export function articleSummary(random: Random): string {
  return `${random.pick(SUBJECTS)} ${random.pick(VERBS)} ${random.pick(OBJECTS)} ${random.pick(QUALIFIERS)}: what the researchers measured, what they found, and what it means for patients considering ketamine treatment.`
}

export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

export function categoryTitle(index: number): string {
  const topic = TOPICS[index % TOPICS.length]!
  const kind = TOPIC_KINDS[Math.floor(index / TOPICS.length) % TOPIC_KINDS.length]!
  return `${topic} ${kind}`
}

export function authorName(index: number): string {
  const first = FIRST_NAMES[index % FIRST_NAMES.length]!
  const last = LAST_NAMES[Math.floor(index / FIRST_NAMES.length) % LAST_NAMES.length]!
  return `${first} ${last}`
}

export const authorCredentials = (random: Random) => random.pick(CREDENTIALS)
export const authorJobTitle = (random: Random) => random.pick(JOB_TITLES)

export function faqQuestion(random: Random, index: number): string {
  return `Does ${random.pick(SUBJECTS).toLowerCase()} help with ${random.pick(OBJECTS)}? (${index + 1})`
}

/** A paragraph of plausible study prose, about `words` words long. */
export function paragraph(random: Random, words: number, extra: string[] = []): string {
  const out: string[] = [`${random.pick(SUBJECTS)} ${random.pick(VERBS)} ${random.pick(OBJECTS)}.`]
  let sentence: string[] = []
  for (let count = 0; count < words; count++) {
    sentence.push(random.pick(VOCABULARY))
    if (sentence.length >= 8 + random.int(10)) {
      const text = sentence.join(' ')
      out.push(`${text[0]!.toUpperCase()}${text.slice(1)}.`)
      sentence = []
    }
  }
  out.push(...extra)
  return out.join(' ')
}
