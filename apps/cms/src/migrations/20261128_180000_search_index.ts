import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

// Full-text search at archive scale (src/graphql/search/sql.ts). Each document is stored as a
// generated tsvector column (Postgres keeps it current on every write, whoever writes) and
// indexed with GIN: the index finds matches, and the stored vector ranks them without
// re-reading the Lexical body of every match. Payload does not know these columns; it never
// selects or writes them.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  ALTER TABLE "articles" ADD COLUMN "search_document" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', coalesce("title", '')), 'A')
    || setweight(to_tsvector('english', coalesce("summary", '')), 'B')
    || setweight(jsonb_to_tsvector('english', coalesce(jsonb_path_query_array("body", 'strict $.**.text'), '[]'::jsonb), '["string"]'), 'C')
  ) STORED;
  CREATE INDEX "articles_search_document_idx" ON "articles" USING gin ("search_document")
    WHERE "_status" = 'published';
  ALTER TABLE "faqs" ADD COLUMN "search_document" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', coalesce("question", '')), 'A')
    || setweight(jsonb_to_tsvector('english', coalesce(jsonb_path_query_array("answer", 'strict $.**.text'), '[]'::jsonb), '["string"]'), 'B')
  ) STORED;
  CREATE INDEX "faqs_search_document_idx" ON "faqs" USING gin ("search_document")
    WHERE "_status" = 'published';`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP INDEX "articles_search_document_idx";
  ALTER TABLE "articles" DROP COLUMN "search_document";
  DROP INDEX "faqs_search_document_idx";
  ALTER TABLE "faqs" DROP COLUMN "search_document";`)
}
