import { imagingStudy } from './imaging-study'
import { ketamineMetabolites } from './ketamine-metabolites'
import { nacMentalHealth } from './nac-mental-health'
import { oralKetamineEeg } from './oral-ketamine-eeg'
import { rapamycinKetamine } from './rapamycin-ketamine'
import type { SeedArticle } from './types'
import { zebrafishResearch } from './zebrafish-research'

/** Every demo article, oldest first (the seed creates them in this order). */
export const seedArticles: SeedArticle[] = [
  nacMentalHealth,
  zebrafishResearch,
  rapamycinKetamine,
  imagingStudy,
  oralKetamineEeg,
  ketamineMetabolites,
]
