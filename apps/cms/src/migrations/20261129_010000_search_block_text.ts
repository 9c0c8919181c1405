import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

// An article's search words now include its blocks' text as reading time counts it
// (@sok/content/plain-text): a key finding's finding and source and a callout's title, which
// sit under `fields`, not under a Lexical "text" key (a callout's text already was). A generated
// column's expression cannot be altered, so the column and its index are made again; Postgres
// fills the new column for every row.
const bodyWords = (paths: string[]) =>
  paths
    .map((path) => `coalesce(jsonb_path_query_array("body", 'strict ${path}'), '[]'::jsonb)`)
    .join(' || ')

const searchDocument = (paths: string[]) => `
  ALTER TABLE "articles" DROP COLUMN IF EXISTS "search_document";
  ALTER TABLE "articles" ADD COLUMN "search_document" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', coalesce("title", '')), 'A')
    || setweight(to_tsvector('english', coalesce("summary", '')), 'B')
    || setweight(jsonb_to_tsvector('english', ${bodyWords(paths)}, '["string"]'), 'C')
  ) STORED;
  CREATE INDEX "articles_search_document_idx" ON "articles" USING gin ("search_document")
    WHERE "_status" = 'published';`

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(
    sql.raw(
      searchDocument([
        '$.**.text',
        '$.**.fields.title',
        '$.**.fields.finding',
        '$.**.fields.source',
      ]),
    ),
  )
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql.raw(searchDocument(['$.**.text'])))
}
