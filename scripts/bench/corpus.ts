/**
 * The benchmark's archive: 10,000 published articles (50 categories, 200 authors, shared FAQs,
 * references and images), written straight into Payload's tables after the CMS has migrated and
 * seeded an empty database. Every generated row is a copy of a seeded row with the generated
 * columns replaced, so columns added to the schema later are filled the way Payload filled them.
 */
import type pg from 'pg'

import {
  articleSummary,
  articleTitle,
  authorCredentials,
  authorJobTitle,
  authorName,
  categoryTitle,
  COMMON_WORD,
  faqQuestion,
  paragraph,
  RARE_WORD,
  type Random,
  seededRandom,
  slugify,
} from './corpus-text'

export interface CorpusSize {
  articles: number
  categories: number
  authors: number
  faqs: number
}

export const CORPUS_SIZE: CorpusSize = { articles: 10_000, categories: 50, authors: 200, faqs: 500 }

interface Column {
  name: string
  type: string
  hasDefault: boolean
}

type Override = { type?: string; values: unknown[] }

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`
const NEW_ID = `substr(md5(random()::text || clock_timestamp()::text), 1, 24)`

async function columnsOf(db: pg.Client, table: string): Promise<Column[]> {
  const { rows } = await db.query<{
    column_name: string
    udt_name: string
    column_default: string
  }>(
    // Generated columns (the search documents) are computed by Postgres, never written.
    `select column_name, udt_name, column_default from information_schema.columns
     where table_schema = 'public' and table_name = $1 and is_generated = 'NEVER'
     order by ordinal_position`,
    [table],
  )
  if (rows.length === 0) throw new Error(`The table ${table} does not exist`)
  return rows.map((row) => ({
    name: row.column_name,
    type: row.udt_name,
    hasDefault: row.column_default?.startsWith('nextval(') ?? false,
  }))
}

/** Which column of a copied article gets which generated value (dates and SEO fields reuse some). */
const ARTICLE_COLUMNS = {
  title: 'title',
  slug: 'slug',
  summary: 'summary',
  body: 'body',
  published_at: 'published',
  created_at: 'published',
  updated_at: 'updated',
  category_id: 'category',
  hero_image_id: 'hero',
  meta_title: 'title',
  meta_description: 'summary',
  meta_image_id: 'hero',
} as const

/**
 * Inserts one row per value of the overrides, each a copy of the row `templates[i]` of the same
 * table with the overridden columns replaced. Returns the new ids, in order.
 */
async function cloneRows(
  db: pg.Client,
  table: string,
  templates: number[],
  overrides: Record<string, Override>,
): Promise<number[]> {
  const columns = await columnsOf(db, table)
  const byName = new Map(columns.map((column) => [column.name, column]))
  const names = Object.keys(overrides)
  for (const name of names) {
    if (!byName.has(name)) throw new Error(`${table} has no column ${name}`)
  }
  const inserted = columns.filter((column) => column.name !== 'id')
  const values = [templates, ...names.map((name) => overrides[name]!.values)]
  const unnest = [
    '$1::int4[]',
    ...names.map((name, i) => `$${i + 2}::${overrides[name]!.type ?? byName.get(name)!.type}[]`),
  ]
  const { rows } = await db.query<{ id: number }>(
    `insert into ${quote(table)} (${inserted.map((c) => quote(c.name)).join(', ')})
     select ${inserted.map((c) => (names.includes(c.name) ? `g.${quote(c.name)}` : `t.${quote(c.name)}`)).join(', ')}
     from unnest(${unnest.join(', ')}) with ordinality as g(template_id, ${names.map(quote).join(', ')}, ord)
     join ${quote(table)} t on t.id = g.template_id
     order by g.ord
     returning id`,
    values,
  )
  return rows.map((row) => Number(row.id))
}

/**
 * Copies the child rows (arrays, relationships) of each template parent to its new parent.
 * `pairs` is a query returning (new_parent, template_parent).
 */
async function copyChildren(
  db: pg.Client,
  table: string,
  parentColumn: string,
  pairs: string,
  replace: Record<string, string> = {},
  where = 'true',
) {
  const columns = await columnsOf(db, table)
  const target = columns.filter((column) => !(column.name === 'id' && column.hasDefault))
  const select = target.map((column) => {
    if (column.name === parentColumn) return 'p.new_parent'
    if (replace[column.name]) return replace[column.name]
    if (column.name === 'id' || column.name === '_uuid') return NEW_ID
    return `c.${quote(column.name)}`
  })
  await db.query(
    `insert into ${quote(table)} (${target.map((c) => quote(c.name)).join(', ')})
     select ${select.join(', ')}
     from (${pairs}) p join ${quote(table)} c on c.${quote(parentColumn)} = p.template_parent
     where ${where}`,
  )
}

interface LexicalNode {
  type: string
  children?: LexicalNode[]
  text?: string
  [key: string]: unknown
}
interface LexicalValue {
  root: LexicalNode & { children: LexicalNode[] }
}

function findNode(nodes: LexicalNode[], match: (node: LexicalNode) => boolean): LexicalNode {
  for (const node of nodes) {
    if (match(node)) return node
    const inner = node.children ? findNodeOrNull(node.children, match) : null
    if (inner) return inner
  }
  throw new Error('The seeded article bodies have no paragraph and heading to copy')
}
function findNodeOrNull(nodes: LexicalNode[], match: (node: LexicalNode) => boolean) {
  try {
    return findNode(nodes, match)
  } catch {
    return null
  }
}

/** Node factories shaped exactly like the nodes Payload's editor wrote for the seeded articles. */
function nodeFactories(sample: LexicalValue) {
  const paragraphNode = findNode(sample.root.children, (n) => n.type === 'paragraph')
  const headingNode = findNode(sample.root.children, (n) => n.type === 'heading')
  const textNode = findNode(paragraphNode.children ?? [], (n) => n.type === 'text')
  const withText = (shape: LexicalNode, text: string, extra: Record<string, unknown> = {}) => ({
    ...shape,
    ...extra,
    children: [{ ...textNode, format: 0, text }],
  })
  return {
    paragraph: (text: string) => withText(paragraphNode, text),
    heading: (text: string) => withText(headingNode, text, { tag: 'h2' }),
  }
}

/** A body: a seeded article's body (headings, lists, links, quotes, blocks) and new sections. */
function articleBody(
  random: Random,
  template: LexicalValue,
  nodes: ReturnType<typeof nodeFactories>,
  rare: boolean,
): LexicalValue {
  const extra = [
    nodes.heading('What this adds to the evidence'),
    nodes.paragraph(paragraph(random, 90, [`Most studies of ${COMMON_WORD} are small.`])),
    nodes.paragraph(paragraph(random, 70, rare ? [`An unusual ${RARE_WORD} observation.`] : [])),
  ]
  return {
    ...template,
    root: { ...template.root, children: [...template.root.children, ...extra] },
  }
}

const BATCH = 1000

/**
 * Grows a migrated and seeded database to `size`. Returns the number of published articles.
 * Runs in one session with synchronous commits off: this is a throwaway database, rebuilt if lost.
 */
export async function generateCorpus(
  db: pg.Client,
  size: CorpusSize = CORPUS_SIZE,
  log: (line: string) => void = () => {},
): Promise<number> {
  const random = seededRandom(20261128)
  await db.query('set synchronous_commit = off')

  const seedArticles = (
    await db.query<{ id: number; body: LexicalValue }>(
      `select id, body from articles where _status = 'published' order by id`,
    )
  ).rows
  const media = (await db.query<{ id: number }>('select id from media order by id')).rows.map(
    (row) => row.id,
  )
  if (seedArticles.length === 0 || media.length === 0) {
    throw new Error('The corpus is built on the seeded demo content, and the database has none')
  }
  const nodes = nodeFactories(seedArticles[0]!.body)
  const now = Date.now()

  // Categories and authors: copies of the seeded ones with new names.
  const existingCategories = (
    await db.query<{ id: number }>('select id from categories order by id')
  ).rows.map((row) => row.id)
  const newCategories = size.categories - existingCategories.length
  const categoryTitles = Array.from({ length: newCategories }, (_, i) => categoryTitle(i))
  await cloneRows(db, 'categories', Array(newCategories).fill(existingCategories[0]), {
    title: { values: categoryTitles },
    slug: { values: categoryTitles.map(slugify) },
    description: { values: categoryTitles.map((t) => `Articles about ${t.toLowerCase()}.`) },
  })
  const categories = (
    await db.query<{ id: number }>('select id from categories order by id')
  ).rows.map((row) => row.id)

  const existingAuthors = (
    await db.query<{ id: number }>(`select id from authors where kind = 'person' order by id`)
  ).rows.map((row) => row.id)
  const authorCount = size.authors - (await db.query('select id from authors')).rowCount!
  const names = Array.from({ length: authorCount }, (_, i) => authorName(i))
  await cloneRows(
    db,
    'authors',
    names.map((_, i) => existingAuthors[i % existingAuthors.length]!),
    {
      name: { values: names },
      slug: { values: names.map((name, i) => `${slugify(name)}-${i + 1}`) },
      credentials: { values: names.map(() => authorCredentials(random)) },
      job_title: { values: names.map(() => authorJobTitle(random)) },
    },
  )
  const authors = (await db.query<{ id: number }>('select id from authors order by id')).rows.map(
    (row) => row.id,
  )
  log(`corpus: ${categories.length} categories, ${authors.length} authors`)

  // FAQs: shared by the articles of their category.
  const seedFaqs = (await db.query<{ id: number }>('select id from faqs order by id')).rows.map(
    (row) => row.id,
  )
  const faqCount = size.faqs - seedFaqs.length
  const faqCategories = Array.from(
    { length: faqCount },
    (_, i) => categories[i % categories.length],
  )
  await cloneRows(
    db,
    'faqs',
    faqCategories.map((_, i) => seedFaqs[i % seedFaqs.length]!),
    {
      question: { values: faqCategories.map((_, i) => faqQuestion(random, i)) },
      category_id: { values: faqCategories },
    },
  )
  const faqsByCategory = new Map<number, number[]>()
  for (const row of (
    await db.query<{ id: number; category_id: number }>('select id, category_id from faqs')
  ).rows) {
    faqsByCategory.set(row.category_id, [...(faqsByCategory.get(row.category_id) ?? []), row.id])
  }

  // Articles, in batches: each a copy of a seeded article with a new title, text and relations.
  const total = size.articles - seedArticles.length
  const rareIndex = Math.floor(total * 0.43)
  await db.query('create temp table corpus_map (article_id int primary key, template_id int)')
  for (let start = 0; start < total; start += BATCH) {
    const count = Math.min(BATCH, total - start)
    const rows = Array.from({ length: count }, (_, offset) => {
      const index = start + offset
      const template = seedArticles[index % seedArticles.length]!
      const { title, slug } = articleTitle(random, index)
      // Spread over ten years, newest first; seconds apart so the order is unambiguous.
      const published = new Date(now - 86_400_000 - index * 31_536 * 1000)
      const updated = new Date(published.getTime() + random.int(30) * 86_400_000)
      return {
        template: template.id,
        title,
        slug,
        summary: articleSummary(random),
        body: JSON.stringify(articleBody(random, template.body, nodes, index === rareIndex)),
        published: published.toISOString(),
        updated: (updated.getTime() > now ? published : updated).toISOString(),
        category: categories[index % categories.length]!,
        hero: media[index % media.length]!,
      }
    })
    const ids = await cloneRows(
      db,
      'articles',
      rows.map((row) => row.template),
      Object.fromEntries(
        Object.entries(ARTICLE_COLUMNS).map(([column, key]) => [
          column,
          { values: rows.map((row) => row[key]) },
        ]),
      ),
    )
    await db.query(
      'insert into corpus_map select * from unnest($1::int[], $2::int[]) as m(article_id, template_id)',
      [ids, rows.map((row) => row.template)],
    )
    // Bylines (one to three of 200 authors) and up to three FAQs of the article's category.
    const rels: { parent: number; order: number; path: string; author?: number; faq?: number }[] =
      []
    ids.forEach((id, i) => {
      const byline = new Set(Array.from({ length: 1 + random.int(3) }, () => random.pick(authors)))
      ;[...byline].forEach((author, order) =>
        rels.push({ parent: id, order: order + 1, path: 'authors', author }),
      )
      const pool = faqsByCategory.get(rows[i]!.category) ?? []
      const faqs = new Set(Array.from({ length: random.int(4) }, () => random.pick(pool)))
      ;[...faqs].forEach((faq, order) =>
        rels.push({ parent: id, order: order + 1, path: 'faqs', faq }),
      )
    })
    await db.query(
      `insert into articles_rels ("order", parent_id, path, authors_id, faqs_id)
       select * from unnest($1::int[], $2::int[], $3::varchar[], $4::int[], $5::int[])`,
      [
        rels.map((r) => r.order),
        rels.map((r) => r.parent),
        rels.map((r) => r.path),
        rels.map((r) => r.author ?? null),
        rels.map((r) => r.faq ?? null),
      ],
    )
    log(`corpus: ${start + count + seedArticles.length} articles`)
  }

  // Key takeaways and references come from each article's seeded model.
  const pairs = 'select article_id as new_parent, template_id as template_parent from corpus_map'
  await copyChildren(db, 'articles_key_takeaways', '_parent_id', pairs)
  await copyChildren(db, 'articles_references', '_parent_id', pairs)

  // One published version per article, as Payload keeps it: the admin lists versions, not rows.
  await addVersions(db)

  await db.query('drop table corpus_map')
  // What autovacuum does to a database that grew over years: without it the bulk insert leaves
  // the full-text index's entries in its pending list, and the planner shuns the index.
  log('corpus: vacuuming and analysing')
  await db.query('vacuum analyze')
  const published = await db.query<{ count: string }>(
    `select count(*) from articles where _status = 'published'`,
  )
  return Number(published.rows[0]!.count)
}

async function addVersions(db: pg.Client) {
  const articleColumns = (await columnsOf(db, 'articles')).map((column) => column.name)
  const versionColumns = await columnsOf(db, '_articles_v')
  const mapped = articleColumns.filter(
    (name) => name !== 'id' && versionColumns.some((c) => c.name === `version_${name}`),
  )
  const own = versionColumns.filter(
    (c) =>
      !c.hasDefault &&
      c.name !== 'parent_id' &&
      !mapped.some((name) => c.name === `version_${name}`) &&
      !['created_at', 'updated_at'].includes(c.name),
  )
  const target = [
    'parent_id',
    ...mapped.map((name) => `version_${name}`),
    'created_at',
    'updated_at',
    ...own.map((c) => c.name),
  ]
  const articleTypes = new Map(
    (await columnsOf(db, 'articles')).map((column) => [column.name, column.type]),
  )
  const versionTypes = new Map(versionColumns.map((column) => [column.name, column.type]))
  // Enums have their own type per table (enum_articles_status, enum__articles_v_version_status).
  const cast = (name: string) => {
    const target = versionTypes.get(`version_${name}`)!
    return articleTypes.get(name) === target ? '' : `::text::${quote(target)}`
  }
  const select = [
    'a.id',
    ...mapped.map((name) => `a.${quote(name)}${cast(name)}`),
    'a.updated_at',
    'a.updated_at',
    ...own.map((c) => `tv.${quote(c.name)}`),
  ]
  await db.query(
    `insert into _articles_v (${target.map(quote).join(', ')})
     select ${select.join(', ')}
     from corpus_map m
     join articles a on a.id = m.article_id
     join lateral (select * from _articles_v v where v.parent_id = m.template_id
                   order by v.latest desc, v.updated_at desc limit 1) tv on true`,
  )
  // The new versions' arrays and relations, from the template's version and the new article.
  const versionPairs = `select nv.id as new_parent, tv.id as template_parent
    from corpus_map m
    join _articles_v nv on nv.parent_id = m.article_id
    join lateral (select id from _articles_v v where v.parent_id = m.template_id
                  order by v.latest desc, v.updated_at desc limit 1) tv on true`
  await copyChildren(db, '_articles_v_version_key_takeaways', '_parent_id', versionPairs)
  await copyChildren(db, '_articles_v_version_references', '_parent_id', versionPairs)
  await db.query(
    `insert into _articles_v_rels ("order", parent_id, path, authors_id, faqs_id)
     select r."order", nv.id, 'version.' || r.path, r.authors_id, r.faqs_id
     from corpus_map m
     join _articles_v nv on nv.parent_id = m.article_id
     join articles_rels r on r.parent_id = m.article_id`,
  )
}
