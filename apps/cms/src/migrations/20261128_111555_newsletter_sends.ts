import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_newsletter_sends_status" AS ENUM('queued', 'sending', 'finished', 'cancelled');
  CREATE TYPE "public"."enum_newsletter_sends_trigger" AS ENUM('publish', 'manual');
  CREATE TYPE "public"."enum_newsletter_recipients_state" AS ENUM('queued', 'sending', 'sent', 'failed', 'skipped');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'deliverNewsletter' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'sendNewsletterConfirmation' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'deliverNewsletter' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'sendNewsletterConfirmation' BEFORE 'schedulePublish';
  CREATE TABLE "newsletter_sends" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"article_id" integer,
  	"status" "enum_newsletter_sends_status" DEFAULT 'queued',
  	"trigger" "enum_newsletter_sends_trigger" DEFAULT 'manual',
  	"started_by_id" integer,
  	"subject" varchar,
  	"preview_text" varchar,
  	"start_after" timestamp(3) with time zone,
  	"started_at" timestamp(3) with time zone,
  	"finished_at" timestamp(3) with time zone,
  	"cancelled_at" timestamp(3) with time zone,
  	"recipient_count" numeric,
  	"sent_count" numeric,
  	"failed_count" numeric,
  	"skipped_count" numeric,
  	"next_batch_at" timestamp(3) with time zone,
  	"html" varchar,
  	"text" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "newsletter_recipients" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"send_id" integer NOT NULL,
  	"signup_id" integer,
  	"email" varchar NOT NULL,
  	"state" "enum_newsletter_recipients_state" DEFAULT 'queued' NOT NULL,
  	"attempts" numeric DEFAULT 0 NOT NULL,
  	"next_attempt_at" timestamp(3) with time zone,
  	"sent_at" timestamp(3) with time zone,
  	"error" varchar,
  	"claimed_by" varchar,
  	"claimed_at" timestamp(3) with time zone,
  	"handed_over_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_jobs_stats" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "articles" ADD COLUMN "newsletter_send_on_publish" boolean DEFAULT true;
  ALTER TABLE "articles" ADD COLUMN "newsletter_subject" varchar;
  ALTER TABLE "articles" ADD COLUMN "newsletter_preview_text" varchar;
  ALTER TABLE "_articles_v" ADD COLUMN "version_newsletter_send_on_publish" boolean DEFAULT true;
  ALTER TABLE "_articles_v" ADD COLUMN "version_newsletter_subject" varchar;
  ALTER TABLE "_articles_v" ADD COLUMN "version_newsletter_preview_text" varchar;
  ALTER TABLE "newsletter_signups" ADD COLUMN "link_version" numeric DEFAULT 1;
  ALTER TABLE "payload_jobs" ADD COLUMN "meta" jsonb;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "newsletter_sends_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "newsletter_recipients_id" integer;
  ALTER TABLE "newsletter_sends" ADD CONSTRAINT "newsletter_sends_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "newsletter_sends" ADD CONSTRAINT "newsletter_sends_started_by_id_users_id_fk" FOREIGN KEY ("started_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "newsletter_recipients" ADD CONSTRAINT "newsletter_recipients_send_id_newsletter_sends_id_fk" FOREIGN KEY ("send_id") REFERENCES "public"."newsletter_sends"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "newsletter_recipients" ADD CONSTRAINT "newsletter_recipients_signup_id_newsletter_signups_id_fk" FOREIGN KEY ("signup_id") REFERENCES "public"."newsletter_signups"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "newsletter_sends_article_idx" ON "newsletter_sends" USING btree ("article_id");
  CREATE INDEX "newsletter_sends_status_idx" ON "newsletter_sends" USING btree ("status");
  CREATE INDEX "newsletter_sends_started_by_idx" ON "newsletter_sends" USING btree ("started_by_id");
  CREATE INDEX "newsletter_sends_updated_at_idx" ON "newsletter_sends" USING btree ("updated_at");
  CREATE INDEX "newsletter_sends_created_at_idx" ON "newsletter_sends" USING btree ("created_at");
  CREATE INDEX "newsletter_recipients_send_idx" ON "newsletter_recipients" USING btree ("send_id");
  CREATE INDEX "newsletter_recipients_signup_idx" ON "newsletter_recipients" USING btree ("signup_id");
  CREATE INDEX "newsletter_recipients_updated_at_idx" ON "newsletter_recipients" USING btree ("updated_at");
  CREATE INDEX "newsletter_recipients_created_at_idx" ON "newsletter_recipients" USING btree ("created_at");
  CREATE UNIQUE INDEX "send_signup_idx" ON "newsletter_recipients" USING btree ("send_id","signup_id");
  CREATE INDEX "send_state_idx" ON "newsletter_recipients" USING btree ("send_id","state");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_newsletter_sends_fk" FOREIGN KEY ("newsletter_sends_id") REFERENCES "public"."newsletter_sends"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_newsletter_recipients_fk" FOREIGN KEY ("newsletter_recipients_id") REFERENCES "public"."newsletter_recipients"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_newsletter_sends_id_idx" ON "payload_locked_documents_rels" USING btree ("newsletter_sends_id");
  CREATE INDEX "payload_locked_documents_rels_newsletter_recipients_id_idx" ON "payload_locked_documents_rels" USING btree ("newsletter_recipients_id");`)
  // Written by hand, not generated: what Payload's config cannot say.
  await db.execute(sql`
  -- Articles published before the newsletter existed are never emailed by a republish.
  UPDATE "articles" SET "newsletter_send_on_publish" = false;
  UPDATE "_articles_v" SET "version_newsletter_send_on_publish" = false;
  -- At most one send per article that is not cancelled: publishing twice, or on two instances
  -- at once, creates one send (INSERT … ON CONFLICT DO NOTHING relies on this index).
  CREATE UNIQUE INDEX "newsletter_sends_one_live_per_article" ON "newsletter_sends" ("article_id")
    WHERE "status" <> 'cancelled';
  -- The delivery job looks for rows left in flight by a stopped worker.
  CREATE INDEX "newsletter_recipients_in_flight" ON "newsletter_recipients" ("claimed_at")
    WHERE "state" = 'sending';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP INDEX IF EXISTS "newsletter_sends_one_live_per_article";
  DROP INDEX IF EXISTS "newsletter_recipients_in_flight";`)
  await db.execute(sql`
   ALTER TABLE "newsletter_sends" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "newsletter_recipients" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_stats" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "newsletter_sends" CASCADE;
  DROP TABLE "newsletter_recipients" CASCADE;
  DROP TABLE "payload_jobs_stats" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_newsletter_sends_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_newsletter_recipients_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'revalidateSite', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'revalidateSite', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_newsletter_sends_id_idx";
  DROP INDEX "payload_locked_documents_rels_newsletter_recipients_id_idx";
  ALTER TABLE "articles" DROP COLUMN "newsletter_send_on_publish";
  ALTER TABLE "articles" DROP COLUMN "newsletter_subject";
  ALTER TABLE "articles" DROP COLUMN "newsletter_preview_text";
  ALTER TABLE "_articles_v" DROP COLUMN "version_newsletter_send_on_publish";
  ALTER TABLE "_articles_v" DROP COLUMN "version_newsletter_subject";
  ALTER TABLE "_articles_v" DROP COLUMN "version_newsletter_preview_text";
  ALTER TABLE "newsletter_signups" DROP COLUMN "link_version";
  ALTER TABLE "payload_jobs" DROP COLUMN "meta";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "newsletter_sends_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "newsletter_recipients_id";
  DROP TYPE "public"."enum_newsletter_sends_status";
  DROP TYPE "public"."enum_newsletter_sends_trigger";
  DROP TYPE "public"."enum_newsletter_recipients_state";`)
}
