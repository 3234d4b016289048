import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`newsletters\` ADD \`send_lease_owner\` text;`)
  await db.run(sql`ALTER TABLE \`newsletters\` ADD \`send_lease_until\` text;`)
  await db.run(sql`ALTER TABLE \`newsletter_batches\` ADD \`first_attempt_at\` text;`)
  await db.run(sql`ALTER TABLE \`newsletter_batches\` ADD \`maybe_sent\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`newsletter_batches\` ADD \`refused\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`newsletters\` DROP COLUMN \`send_lease_owner\`;`)
  await db.run(sql`ALTER TABLE \`newsletters\` DROP COLUMN \`send_lease_until\`;`)
  await db.run(sql`ALTER TABLE \`newsletter_batches\` DROP COLUMN \`first_attempt_at\`;`)
  await db.run(sql`ALTER TABLE \`newsletter_batches\` DROP COLUMN \`maybe_sent\`;`)
  await db.run(sql`ALTER TABLE \`newsletter_batches\` DROP COLUMN \`refused\`;`)
}
