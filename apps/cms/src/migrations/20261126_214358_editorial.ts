import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "articles" ADD COLUMN "review_requested" boolean DEFAULT false;
  ALTER TABLE "_articles_v" ADD COLUMN "version_review_requested" boolean DEFAULT false;
  CREATE INDEX "articles_review_requested_idx" ON "articles" USING btree ("review_requested");
  CREATE INDEX "_articles_v_version_version_review_requested_idx" ON "_articles_v" USING btree ("version_review_requested");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "articles_review_requested_idx";
  DROP INDEX "_articles_v_version_version_review_requested_idx";
  ALTER TABLE "articles" DROP COLUMN "review_requested";
  ALTER TABLE "_articles_v" DROP COLUMN "version_review_requested";`)
}
