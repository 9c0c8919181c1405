import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "newsletter_rate_limits" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"window_start" timestamp(3) with time zone NOT NULL,
  	"hits" numeric NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "newsletter_signups" ADD COLUMN "confirm_token_hash" varchar;
  ALTER TABLE "newsletter_signups" ADD COLUMN "confirm_token_expires_at" timestamp(3) with time zone;
  ALTER TABLE "newsletter_signups" ADD COLUMN "unsubscribe_token_hash" varchar;
  ALTER TABLE "newsletter_signups" ADD COLUMN "unsubscribe_token_expires_at" timestamp(3) with time zone;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "newsletter_rate_limits_id" integer;
  CREATE UNIQUE INDEX "newsletter_rate_limits_key_idx" ON "newsletter_rate_limits" USING btree ("key");
  CREATE INDEX "newsletter_rate_limits_window_start_idx" ON "newsletter_rate_limits" USING btree ("window_start");
  CREATE INDEX "newsletter_rate_limits_updated_at_idx" ON "newsletter_rate_limits" USING btree ("updated_at");
  CREATE INDEX "newsletter_rate_limits_created_at_idx" ON "newsletter_rate_limits" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_newsletter_rate_limits_fk" FOREIGN KEY ("newsletter_rate_limits_id") REFERENCES "public"."newsletter_rate_limits"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "newsletter_signups_confirm_token_hash_idx" ON "newsletter_signups" USING btree ("confirm_token_hash");
  CREATE INDEX "newsletter_signups_unsubscribe_token_hash_idx" ON "newsletter_signups" USING btree ("unsubscribe_token_hash");
  CREATE INDEX "payload_locked_documents_rels_newsletter_rate_limits_id_idx" ON "payload_locked_documents_rels" USING btree ("newsletter_rate_limits_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "newsletter_rate_limits" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "newsletter_rate_limits" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_newsletter_rate_limits_fk";
  
  DROP INDEX "newsletter_signups_confirm_token_hash_idx";
  DROP INDEX "newsletter_signups_unsubscribe_token_hash_idx";
  DROP INDEX "payload_locked_documents_rels_newsletter_rate_limits_id_idx";
  ALTER TABLE "newsletter_signups" DROP COLUMN "confirm_token_hash";
  ALTER TABLE "newsletter_signups" DROP COLUMN "confirm_token_expires_at";
  ALTER TABLE "newsletter_signups" DROP COLUMN "unsubscribe_token_hash";
  ALTER TABLE "newsletter_signups" DROP COLUMN "unsubscribe_token_expires_at";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "newsletter_rate_limits_id";`)
}
