import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

// The report counts batches Resend accepted: "submitted", not "sent" (only a delivered webhook
// says an email arrived). A rename, so the counts of issues already sent are kept.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`newsletters\` RENAME COLUMN \`report_sent\` TO \`report_submitted\`;`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`newsletters\` RENAME COLUMN \`report_submitted\` TO \`report_sent\`;`)
}
