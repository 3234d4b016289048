import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_businesses\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`org_number\` text,
  	\`source\` text DEFAULT 'hand-entered',
  	\`register_unit\` text DEFAULT 'entity',
  	\`parent_id\` integer,
  	\`parent_org_number\` text,
  	\`parent_name\` text,
  	\`organisation_form\` text,
  	\`industry_code\` text,
  	\`industry_text\` text,
  	\`industry_code2\` text,
  	\`industry_text2\` text,
  	\`industry_code3\` text,
  	\`industry_text3\` text,
  	\`activity\` text,
  	\`employees\` numeric,
  	\`employee_count\` text,
  	\`address_street\` text,
  	\`address_postal_code\` text,
  	\`address_postal_place\` text,
  	\`municipality_number\` text,
  	\`website\` text,
  	\`email\` text,
  	\`phone\` text,
  	\`mobile\` text,
  	\`registered_at\` text,
  	\`founded_at\` text,
  	\`register_status\` text DEFAULT 'active',
  	\`bankrupt_at\` text,
  	\`winding_up_at\` text,
  	\`winding_up\` text,
  	\`under_reconstruction\` integer DEFAULT false,
  	\`deleted_at\` text,
  	\`listed\` integer DEFAULT false,
  	\`contact_person_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`businesses\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`contact_person_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  // Existing rows keep their data; the new columns take their defaults (source: hand-entered,
  // so no earlier record can be flagged as gone until a register file has confirmed it).
  await db.run(sql`INSERT INTO \`__new_businesses\`("id", "name", "org_number", "organisation_form", "industry_code", "industry_text", "employees", "address_street", "address_postal_code", "address_postal_place", "municipality_number", "website", "registered_at", "founded_at", "register_status", "listed", "contact_person_id", "updated_at", "created_at") SELECT "id", "name", "org_number", "organisation_form", "industry_code", "industry_text", "employees", "address_street", "address_postal_code", "address_postal_place", "municipality_number", "website", "registered_at", "founded_at", "register_status", "listed", "contact_person_id", "updated_at", "created_at" FROM \`businesses\`;`)
  await db.run(sql`DROP TABLE \`businesses\`;`)
  await db.run(sql`ALTER TABLE \`__new_businesses\` RENAME TO \`businesses\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`businesses_org_number_idx\` ON \`businesses\` (\`org_number\`);`)
  await db.run(sql`CREATE INDEX \`businesses_parent_idx\` ON \`businesses\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`businesses_contact_person_idx\` ON \`businesses\` (\`contact_person_id\`);`)
  await db.run(sql`CREATE INDEX \`businesses_updated_at_idx\` ON \`businesses\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`businesses_created_at_idx\` ON \`businesses\` (\`created_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_businesses\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`org_number\` text NOT NULL,
  	\`organisation_form\` text,
  	\`industry_code\` text,
  	\`industry_text\` text,
  	\`employees\` numeric,
  	\`address_street\` text,
  	\`address_postal_code\` text,
  	\`address_postal_place\` text,
  	\`municipality_number\` text,
  	\`website\` text,
  	\`registered_at\` text,
  	\`founded_at\` text,
  	\`register_status\` text DEFAULT 'active',
  	\`listed\` integer DEFAULT false,
  	\`contact_person_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`contact_person_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_businesses\`("id", "name", "org_number", "organisation_form", "industry_code", "industry_text", "employees", "address_street", "address_postal_code", "address_postal_place", "municipality_number", "website", "registered_at", "founded_at", "register_status", "listed", "contact_person_id", "updated_at", "created_at") SELECT "id", "name", "org_number", "organisation_form", "industry_code", "industry_text", "employees", "address_street", "address_postal_code", "address_postal_place", "municipality_number", "website", "registered_at", "founded_at", "register_status", "listed", "contact_person_id", "updated_at", "created_at" FROM \`businesses\`;`)
  await db.run(sql`DROP TABLE \`businesses\`;`)
  await db.run(sql`ALTER TABLE \`__new_businesses\` RENAME TO \`businesses\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`businesses_org_number_idx\` ON \`businesses\` (\`org_number\`);`)
  await db.run(sql`CREATE INDEX \`businesses_contact_person_idx\` ON \`businesses\` (\`contact_person_id\`);`)
  await db.run(sql`CREATE INDEX \`businesses_updated_at_idx\` ON \`businesses\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`businesses_created_at_idx\` ON \`businesses\` (\`created_at\`);`)
}
