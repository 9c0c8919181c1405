import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "newsletter_rate_limits" RENAME TO "rate_limits";
  ALTER TABLE "payload_locked_documents_rels" RENAME COLUMN "newsletter_rate_limits_id" TO "rate_limits_id";
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_newsletter_rate_limits_fk";
  
  DROP INDEX "newsletter_rate_limits_key_idx";
  DROP INDEX "newsletter_rate_limits_window_start_idx";
  DROP INDEX "newsletter_rate_limits_updated_at_idx";
  DROP INDEX "newsletter_rate_limits_created_at_idx";
  DROP INDEX "payload_locked_documents_rels_newsletter_rate_limits_id_idx";
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_rate_limits_fk" FOREIGN KEY ("rate_limits_id") REFERENCES "public"."rate_limits"("id") ON DELETE cascade ON UPDATE no action;
  CREATE UNIQUE INDEX "rate_limits_key_idx" ON "rate_limits" USING btree ("key");
  CREATE INDEX "rate_limits_window_start_idx" ON "rate_limits" USING btree ("window_start");
  CREATE INDEX "rate_limits_updated_at_idx" ON "rate_limits" USING btree ("updated_at");
  CREATE INDEX "rate_limits_created_at_idx" ON "rate_limits" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_rate_limits_id_idx" ON "payload_locked_documents_rels" USING btree ("rate_limits_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "rate_limits" RENAME TO "newsletter_rate_limits";
  ALTER TABLE "payload_locked_documents_rels" RENAME COLUMN "rate_limits_id" TO "newsletter_rate_limits_id";
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_rate_limits_fk";
  
  DROP INDEX "rate_limits_key_idx";
  DROP INDEX "rate_limits_window_start_idx";
  DROP INDEX "rate_limits_updated_at_idx";
  DROP INDEX "rate_limits_created_at_idx";
  DROP INDEX "payload_locked_documents_rels_rate_limits_id_idx";
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_newsletter_rate_limits_fk" FOREIGN KEY ("newsletter_rate_limits_id") REFERENCES "public"."newsletter_rate_limits"("id") ON DELETE cascade ON UPDATE no action;
  CREATE UNIQUE INDEX "newsletter_rate_limits_key_idx" ON "newsletter_rate_limits" USING btree ("key");
  CREATE INDEX "newsletter_rate_limits_window_start_idx" ON "newsletter_rate_limits" USING btree ("window_start");
  CREATE INDEX "newsletter_rate_limits_updated_at_idx" ON "newsletter_rate_limits" USING btree ("updated_at");
  CREATE INDEX "newsletter_rate_limits_created_at_idx" ON "newsletter_rate_limits" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_newsletter_rate_limits_id_idx" ON "payload_locked_documents_rels" USING btree ("newsletter_rate_limits_id");`)
}
