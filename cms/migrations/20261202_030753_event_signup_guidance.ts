import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`event_registrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`event_id\` integer NOT NULL,
  	\`status\` text DEFAULT 'confirmed' NOT NULL,
  	\`attendance\` text DEFAULT 'unknown',
  	\`name\` text,
  	\`email\` text,
  	\`org_number\` text,
  	\`phone\` text,
  	\`dietary\` text,
  	\`accessibility\` text,
  	\`message\` text,
  	\`locale\` text DEFAULT 'nn',
  	\`promoted_at\` text,
  	\`cancelled_at\` text,
  	\`reminder_sent_at\` text,
  	\`erased_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`event_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`event_registrations_event_idx\` ON \`event_registrations\` (\`event_id\`);`)
  await db.run(sql`CREATE INDEX \`event_registrations_email_idx\` ON \`event_registrations\` (\`email\`);`)
  await db.run(sql`CREATE INDEX \`event_registrations_updated_at_idx\` ON \`event_registrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`event_registrations_created_at_idx\` ON \`event_registrations\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`event_status_idx\` ON \`event_registrations\` (\`event_id\`,\`status\`);`)
  await db.run(sql`CREATE TABLE \`guidance_requests_thread\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`direction\` text DEFAULT 'out' NOT NULL,
  	\`text\` text NOT NULL,
  	\`author_id\` integer,
  	\`sent_at\` text,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`guidance_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`guidance_requests_thread_order_idx\` ON \`guidance_requests_thread\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`guidance_requests_thread_parent_id_idx\` ON \`guidance_requests_thread\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`guidance_requests_thread_author_idx\` ON \`guidance_requests_thread\` (\`author_id\`);`)
  await db.run(sql`CREATE TABLE \`guidance_requests\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`status\` text DEFAULT 'new' NOT NULL,
  	\`advisor_id\` integer,
  	\`topic\` text NOT NULL,
  	\`funding_scheme_id\` integer,
  	\`description\` text NOT NULL,
  	\`contact_way\` text,
  	\`contact_times\` text,
  	\`name\` text NOT NULL,
  	\`email\` text NOT NULL,
  	\`phone\` text,
  	\`org_number\` text,
  	\`not_registered\` integer,
  	\`business_id\` integer,
  	\`locale\` text DEFAULT 'nn',
  	\`consent_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`advisor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`funding_scheme_id\`) REFERENCES \`funding_schemes\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`business_id\`) REFERENCES \`businesses\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`guidance_requests_status_idx\` ON \`guidance_requests\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`guidance_requests_advisor_idx\` ON \`guidance_requests\` (\`advisor_id\`);`)
  await db.run(sql`CREATE INDEX \`guidance_requests_funding_scheme_idx\` ON \`guidance_requests\` (\`funding_scheme_id\`);`)
  await db.run(sql`CREATE INDEX \`guidance_requests_org_number_idx\` ON \`guidance_requests\` (\`org_number\`);`)
  await db.run(sql`CREATE INDEX \`guidance_requests_business_idx\` ON \`guidance_requests\` (\`business_id\`);`)
  await db.run(sql`CREATE INDEX \`guidance_requests_updated_at_idx\` ON \`guidance_requests\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`guidance_requests_created_at_idx\` ON \`guidance_requests\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`registration_waitlist\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`registration_questions_org_number\` text DEFAULT 'off';`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`registration_questions_phone\` text DEFAULT 'off';`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`registration_questions_dietary\` text DEFAULT 'optional';`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`registration_questions_accessibility\` text DEFAULT 'optional';`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`registration_questions_message\` text DEFAULT 'off';`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_registration_waitlist\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_registration_questions_org_number\` text DEFAULT 'off';`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_registration_questions_phone\` text DEFAULT 'off';`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_registration_questions_dietary\` text DEFAULT 'optional';`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_registration_questions_accessibility\` text DEFAULT 'optional';`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_registration_questions_message\` text DEFAULT 'off';`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`event_registrations_id\` integer REFERENCES event_registrations(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`guidance_requests_id\` integer REFERENCES guidance_requests(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_event_registrations_id_idx\` ON \`payload_locked_documents_rels\` (\`event_registrations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_guidance_requests_id_idx\` ON \`payload_locked_documents_rels\` (\`guidance_requests_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`event_registrations\`;`)
  await db.run(sql`DROP TABLE \`guidance_requests_thread\`;`)
  await db.run(sql`DROP TABLE \`guidance_requests\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	\`media_id\` integer,
  	\`topics_id\` integer,
  	\`articles_id\` integer,
  	\`events_id\` integer,
  	\`providers_id\` integer,
  	\`courses_id\` integer,
  	\`businesses_id\` integer,
  	\`subscribers_id\` integer,
  	\`newsletters_id\` integer,
  	\`funding_schemes_id\` integer,
  	\`needs_submissions_id\` integer,
  	\`newsletter_batches_id\` integer,
  	\`webhook_events_id\` integer,
  	\`site_builds_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`providers_id\`) REFERENCES \`providers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`courses_id\`) REFERENCES \`courses\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`businesses_id\`) REFERENCES \`businesses\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`subscribers_id\`) REFERENCES \`subscribers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`newsletters_id\`) REFERENCES \`newsletters\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`funding_schemes_id\`) REFERENCES \`funding_schemes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`needs_submissions_id\`) REFERENCES \`needs_submissions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`newsletter_batches_id\`) REFERENCES \`newsletter_batches\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`webhook_events_id\`) REFERENCES \`webhook_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`site_builds_id\`) REFERENCES \`site_builds\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "users_id", "media_id", "topics_id", "articles_id", "events_id", "providers_id", "courses_id", "businesses_id", "subscribers_id", "newsletters_id", "funding_schemes_id", "needs_submissions_id", "newsletter_batches_id", "webhook_events_id", "site_builds_id") SELECT "id", "order", "parent_id", "path", "users_id", "media_id", "topics_id", "articles_id", "events_id", "providers_id", "courses_id", "businesses_id", "subscribers_id", "newsletters_id", "funding_schemes_id", "needs_submissions_id", "newsletter_batches_id", "webhook_events_id", "site_builds_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_topics_id_idx\` ON \`payload_locked_documents_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_events_id_idx\` ON \`payload_locked_documents_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_providers_id_idx\` ON \`payload_locked_documents_rels\` (\`providers_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_courses_id_idx\` ON \`payload_locked_documents_rels\` (\`courses_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_businesses_id_idx\` ON \`payload_locked_documents_rels\` (\`businesses_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_subscribers_id_idx\` ON \`payload_locked_documents_rels\` (\`subscribers_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_newsletters_id_idx\` ON \`payload_locked_documents_rels\` (\`newsletters_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_funding_schemes_id_idx\` ON \`payload_locked_documents_rels\` (\`funding_schemes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_needs_submissions_id_idx\` ON \`payload_locked_documents_rels\` (\`needs_submissions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_newsletter_batches_id_idx\` ON \`payload_locked_documents_rels\` (\`newsletter_batches_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_webhook_events_id_idx\` ON \`payload_locked_documents_rels\` (\`webhook_events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_site_builds_id_idx\` ON \`payload_locked_documents_rels\` (\`site_builds_id\`);`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`registration_waitlist\`;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`registration_questions_org_number\`;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`registration_questions_phone\`;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`registration_questions_dietary\`;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`registration_questions_accessibility\`;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`registration_questions_message\`;`)
  await db.run(sql`ALTER TABLE \`_events_v\` DROP COLUMN \`version_registration_waitlist\`;`)
  await db.run(sql`ALTER TABLE \`_events_v\` DROP COLUMN \`version_registration_questions_org_number\`;`)
  await db.run(sql`ALTER TABLE \`_events_v\` DROP COLUMN \`version_registration_questions_phone\`;`)
  await db.run(sql`ALTER TABLE \`_events_v\` DROP COLUMN \`version_registration_questions_dietary\`;`)
  await db.run(sql`ALTER TABLE \`_events_v\` DROP COLUMN \`version_registration_questions_accessibility\`;`)
  await db.run(sql`ALTER TABLE \`_events_v\` DROP COLUMN \`version_registration_questions_message\`;`)
}
