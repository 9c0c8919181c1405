import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "articles" ADD COLUMN "content_updated_at" timestamp(3) with time zone;
  ALTER TABLE "_articles_v" ADD COLUMN "version_content_updated_at" timestamp(3) with time zone;`)
  // Hand-written: articles published before this field existed start from their publish date,
  // as new ones do (the field's default), so no reader sees an "Updated" nobody claimed.
  await db.execute(sql`
   UPDATE "articles" SET "content_updated_at" = "published_at" WHERE "content_updated_at" IS NULL;
  UPDATE "_articles_v" SET "version_content_updated_at" = "version_published_at" WHERE "version_content_updated_at" IS NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "articles" DROP COLUMN "content_updated_at";
  ALTER TABLE "_articles_v" DROP COLUMN "version_content_updated_at";`)
}
