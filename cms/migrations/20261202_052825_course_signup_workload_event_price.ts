import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_event_registrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`event_id\` integer,
  	\`course_id\` integer,
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
  	FOREIGN KEY (\`event_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`course_id\`) REFERENCES \`courses\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_event_registrations\`("id", "event_id", "course_id", "status", "attendance", "name", "email", "org_number", "phone", "dietary", "accessibility", "message", "locale", "promoted_at", "cancelled_at", "reminder_sent_at", "erased_at", "updated_at", "created_at") SELECT "id", "event_id", NULL, "status", "attendance", "name", "email", "org_number", "phone", "dietary", "accessibility", "message", "locale", "promoted_at", "cancelled_at", "reminder_sent_at", "erased_at", "updated_at", "created_at" FROM \`event_registrations\`;`)
  await db.run(sql`DROP TABLE \`event_registrations\`;`)
  await db.run(sql`ALTER TABLE \`__new_event_registrations\` RENAME TO \`event_registrations\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`event_registrations_event_idx\` ON \`event_registrations\` (\`event_id\`);`)
  await db.run(sql`CREATE INDEX \`event_registrations_course_idx\` ON \`event_registrations\` (\`course_id\`);`)
  await db.run(sql`CREATE INDEX \`event_registrations_email_idx\` ON \`event_registrations\` (\`email\`);`)
  await db.run(sql`CREATE INDEX \`event_registrations_updated_at_idx\` ON \`event_registrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`event_registrations_created_at_idx\` ON \`event_registrations\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`event_status_idx\` ON \`event_registrations\` (\`event_id\`,\`status\`);`)
  await db.run(sql`CREATE INDEX \`course_status_idx\` ON \`event_registrations\` (\`course_id\`,\`status\`);`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`price_free\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`price_amount_nok\` numeric;`)
  await db.run(sql`ALTER TABLE \`events_locales\` ADD \`price_note\` text;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_price_free\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_price_amount_nok\` numeric;`)
  await db.run(sql`ALTER TABLE \`_events_v_locales\` ADD \`version_price_note\` text;`)
  await db.run(sql`ALTER TABLE \`courses\` ADD \`workload_hours\` numeric;`)
  await db.run(sql`ALTER TABLE \`courses\` ADD \`workload_per\` text DEFAULT 'total';`)
  await db.run(sql`ALTER TABLE \`courses\` ADD \`workload_weeks\` numeric;`)
  await db.run(sql`ALTER TABLE \`courses\` ADD \`run_by_office\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`courses\` ADD \`capacity\` numeric;`)
  await db.run(sql`ALTER TABLE \`courses\` ADD \`registration_method\` text DEFAULT 'url';`)
  await db.run(sql`ALTER TABLE \`courses\` ADD \`registration_waitlist\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`courses\` ADD \`registration_questions_org_number\` text DEFAULT 'off';`)
  await db.run(sql`ALTER TABLE \`courses\` ADD \`registration_questions_phone\` text DEFAULT 'off';`)
  await db.run(sql`ALTER TABLE \`courses\` ADD \`registration_questions_dietary\` text DEFAULT 'optional';`)
  await db.run(sql`ALTER TABLE \`courses\` ADD \`registration_questions_accessibility\` text DEFAULT 'optional';`)
  await db.run(sql`ALTER TABLE \`courses\` ADD \`registration_questions_message\` text DEFAULT 'off';`)
  await db.run(sql`ALTER TABLE \`_courses_v\` ADD \`version_workload_hours\` numeric;`)
  await db.run(sql`ALTER TABLE \`_courses_v\` ADD \`version_workload_per\` text DEFAULT 'total';`)
  await db.run(sql`ALTER TABLE \`_courses_v\` ADD \`version_workload_weeks\` numeric;`)
  await db.run(sql`ALTER TABLE \`_courses_v\` ADD \`version_run_by_office\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_courses_v\` ADD \`version_capacity\` numeric;`)
  await db.run(sql`ALTER TABLE \`_courses_v\` ADD \`version_registration_method\` text DEFAULT 'url';`)
  await db.run(sql`ALTER TABLE \`_courses_v\` ADD \`version_registration_waitlist\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`_courses_v\` ADD \`version_registration_questions_org_number\` text DEFAULT 'off';`)
  await db.run(sql`ALTER TABLE \`_courses_v\` ADD \`version_registration_questions_phone\` text DEFAULT 'off';`)
  await db.run(sql`ALTER TABLE \`_courses_v\` ADD \`version_registration_questions_dietary\` text DEFAULT 'optional';`)
  await db.run(sql`ALTER TABLE \`_courses_v\` ADD \`version_registration_questions_accessibility\` text DEFAULT 'optional';`)
  await db.run(sql`ALTER TABLE \`_courses_v\` ADD \`version_registration_questions_message\` text DEFAULT 'off';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_event_registrations\` (
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
  await db.run(sql`INSERT INTO \`__new_event_registrations\`("id", "event_id", "status", "attendance", "name", "email", "org_number", "phone", "dietary", "accessibility", "message", "locale", "promoted_at", "cancelled_at", "reminder_sent_at", "erased_at", "updated_at", "created_at") SELECT "id", "event_id", "status", "attendance", "name", "email", "org_number", "phone", "dietary", "accessibility", "message", "locale", "promoted_at", "cancelled_at", "reminder_sent_at", "erased_at", "updated_at", "created_at" FROM \`event_registrations\`;`)
  await db.run(sql`DROP TABLE \`event_registrations\`;`)
  await db.run(sql`ALTER TABLE \`__new_event_registrations\` RENAME TO \`event_registrations\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`event_registrations_event_idx\` ON \`event_registrations\` (\`event_id\`);`)
  await db.run(sql`CREATE INDEX \`event_registrations_email_idx\` ON \`event_registrations\` (\`email\`);`)
  await db.run(sql`CREATE INDEX \`event_registrations_updated_at_idx\` ON \`event_registrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`event_registrations_created_at_idx\` ON \`event_registrations\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`event_status_idx\` ON \`event_registrations\` (\`event_id\`,\`status\`);`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`price_free\`;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`price_amount_nok\`;`)
  await db.run(sql`ALTER TABLE \`events_locales\` DROP COLUMN \`price_note\`;`)
  await db.run(sql`ALTER TABLE \`_events_v\` DROP COLUMN \`version_price_free\`;`)
  await db.run(sql`ALTER TABLE \`_events_v\` DROP COLUMN \`version_price_amount_nok\`;`)
  await db.run(sql`ALTER TABLE \`_events_v_locales\` DROP COLUMN \`version_price_note\`;`)
  await db.run(sql`ALTER TABLE \`courses\` DROP COLUMN \`workload_hours\`;`)
  await db.run(sql`ALTER TABLE \`courses\` DROP COLUMN \`workload_per\`;`)
  await db.run(sql`ALTER TABLE \`courses\` DROP COLUMN \`workload_weeks\`;`)
  await db.run(sql`ALTER TABLE \`courses\` DROP COLUMN \`run_by_office\`;`)
  await db.run(sql`ALTER TABLE \`courses\` DROP COLUMN \`capacity\`;`)
  await db.run(sql`ALTER TABLE \`courses\` DROP COLUMN \`registration_method\`;`)
  await db.run(sql`ALTER TABLE \`courses\` DROP COLUMN \`registration_waitlist\`;`)
  await db.run(sql`ALTER TABLE \`courses\` DROP COLUMN \`registration_questions_org_number\`;`)
  await db.run(sql`ALTER TABLE \`courses\` DROP COLUMN \`registration_questions_phone\`;`)
  await db.run(sql`ALTER TABLE \`courses\` DROP COLUMN \`registration_questions_dietary\`;`)
  await db.run(sql`ALTER TABLE \`courses\` DROP COLUMN \`registration_questions_accessibility\`;`)
  await db.run(sql`ALTER TABLE \`courses\` DROP COLUMN \`registration_questions_message\`;`)
  await db.run(sql`ALTER TABLE \`_courses_v\` DROP COLUMN \`version_workload_hours\`;`)
  await db.run(sql`ALTER TABLE \`_courses_v\` DROP COLUMN \`version_workload_per\`;`)
  await db.run(sql`ALTER TABLE \`_courses_v\` DROP COLUMN \`version_workload_weeks\`;`)
  await db.run(sql`ALTER TABLE \`_courses_v\` DROP COLUMN \`version_run_by_office\`;`)
  await db.run(sql`ALTER TABLE \`_courses_v\` DROP COLUMN \`version_capacity\`;`)
  await db.run(sql`ALTER TABLE \`_courses_v\` DROP COLUMN \`version_registration_method\`;`)
  await db.run(sql`ALTER TABLE \`_courses_v\` DROP COLUMN \`version_registration_waitlist\`;`)
  await db.run(sql`ALTER TABLE \`_courses_v\` DROP COLUMN \`version_registration_questions_org_number\`;`)
  await db.run(sql`ALTER TABLE \`_courses_v\` DROP COLUMN \`version_registration_questions_phone\`;`)
  await db.run(sql`ALTER TABLE \`_courses_v\` DROP COLUMN \`version_registration_questions_dietary\`;`)
  await db.run(sql`ALTER TABLE \`_courses_v\` DROP COLUMN \`version_registration_questions_accessibility\`;`)
  await db.run(sql`ALTER TABLE \`_courses_v\` DROP COLUMN \`version_registration_questions_message\`;`)
}
