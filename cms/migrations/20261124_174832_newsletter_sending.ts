import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  // ON DELETE set null added by hand: drizzle-kit's ALTER TABLE ADD drops it, and with SQLite's
  // foreign keys on, deleting a user, issue or (erased) subscriber would otherwise fail.
  await db.run(sql`ALTER TABLE \`subscribers\` ADD \`confirmation_nonce\` text;`)
  await db.run(sql`ALTER TABLE \`newsletters\` ADD \`contact_person_id\` integer REFERENCES users(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`ALTER TABLE \`newsletters\` ADD \`send_snapshot\` text;`)
  await db.run(sql`CREATE INDEX \`newsletters_contact_person_idx\` ON \`newsletters\` (\`contact_person_id\`);`)
  await db.run(sql`ALTER TABLE \`webhook_events\` ADD \`newsletter_id\` integer REFERENCES newsletters(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`ALTER TABLE \`webhook_events\` ADD \`subscriber_id\` integer REFERENCES subscribers(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`webhook_events_newsletter_idx\` ON \`webhook_events\` (\`newsletter_id\`);`)
  await db.run(sql`CREATE INDEX \`webhook_events_subscriber_idx\` ON \`webhook_events\` (\`subscriber_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_newsletters\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`status\` text DEFAULT 'draft' NOT NULL,
  	\`scheduled_at\` text,
  	\`scheduledat_tz\` text DEFAULT 'Europe/Oslo',
  	\`sent_at\` text,
  	\`report_recipients\` numeric DEFAULT 0,
  	\`report_sent\` numeric DEFAULT 0,
  	\`report_failed\` numeric DEFAULT 0,
  	\`report_delivered\` numeric DEFAULT 0,
  	\`report_bounced\` numeric DEFAULT 0,
  	\`report_complained\` numeric DEFAULT 0,
  	\`report_unsubscribed\` numeric DEFAULT 0,
  	\`report_last_error\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_newsletters\`("id", "status", "scheduled_at", "scheduledat_tz", "sent_at", "report_recipients", "report_sent", "report_failed", "report_delivered", "report_bounced", "report_complained", "report_unsubscribed", "report_last_error", "updated_at", "created_at") SELECT "id", "status", "scheduled_at", "scheduledat_tz", "sent_at", "report_recipients", "report_sent", "report_failed", "report_delivered", "report_bounced", "report_complained", "report_unsubscribed", "report_last_error", "updated_at", "created_at" FROM \`newsletters\`;`)
  await db.run(sql`DROP TABLE \`newsletters\`;`)
  await db.run(sql`ALTER TABLE \`__new_newsletters\` RENAME TO \`newsletters\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`newsletters_updated_at_idx\` ON \`newsletters\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`newsletters_created_at_idx\` ON \`newsletters\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_webhook_events\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`event_id\` text NOT NULL,
  	\`type\` text NOT NULL,
  	\`email_id\` text,
  	\`received_at\` text NOT NULL,
  	\`payload\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_webhook_events\`("id", "event_id", "type", "email_id", "received_at", "payload", "updated_at", "created_at") SELECT "id", "event_id", "type", "email_id", "received_at", "payload", "updated_at", "created_at" FROM \`webhook_events\`;`)
  await db.run(sql`DROP TABLE \`webhook_events\`;`)
  await db.run(sql`ALTER TABLE \`__new_webhook_events\` RENAME TO \`webhook_events\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`webhook_events_event_id_idx\` ON \`webhook_events\` (\`event_id\`);`)
  await db.run(sql`CREATE INDEX \`webhook_events_email_id_idx\` ON \`webhook_events\` (\`email_id\`);`)
  await db.run(sql`CREATE INDEX \`webhook_events_updated_at_idx\` ON \`webhook_events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`webhook_events_created_at_idx\` ON \`webhook_events\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`subscribers\` DROP COLUMN \`confirmation_nonce\`;`)
}
