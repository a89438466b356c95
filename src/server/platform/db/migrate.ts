import path from "node:path";
import { fileURLToPath } from "node:url";
import { sql } from "drizzle-orm";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import { APP_ROLE, type Database } from "./pool";

const MIGRATIONS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../../drizzle");
const MIGRATION_LOCK = 7_200_001;

/** Schemas owned by Sinergi modules; every table in them is reachable by the application role. */
export const APP_SCHEMAS = [
  "platform",
  "regions",
  "access",
  "registry",
  "linkage",
  "aid",
  "market",
  "training",
];

/** Applies committed SQL migrations, then the role grants and row-level security from code. */
export async function migrateDatabase(database: Database): Promise<void> {
  const client = await database.pool.connect();
  try {
    await client.query("select pg_advisory_lock($1)", [MIGRATION_LOCK]);
    await migrate(database.db, { migrationsFolder: MIGRATIONS });
    await ensureAccessRules(database);
  } finally {
    await client.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK]).catch(() => {});
    client.release();
  }
}

async function ensureAccessRules(database: Database): Promise<void> {
  const { db } = database;
  await db.execute(
    sql.raw(`do $$ begin
    if not exists (select 1 from pg_roles where rolname = '${APP_ROLE}') then
      create role ${APP_ROLE} nologin;
    end if;
    begin execute 'grant ${APP_ROLE} to ' || quote_ident(current_user);
    exception when others then null; end;
  end $$;`),
  );
  const existing = await database.pool.query<{ nspname: string }>(
    "select nspname from pg_namespace where nspname = any($1)",
    [APP_SCHEMAS],
  );
  for (const { nspname } of existing.rows) {
    await db.execute(
      sql.raw(`grant usage on schema ${nspname} to ${APP_ROLE};
      grant select, insert, update, delete on all tables in schema ${nspname} to ${APP_ROLE};
      grant usage, select on all sequences in schema ${nspname} to ${APP_ROLE};
      grant execute on all functions in schema ${nspname} to ${APP_ROLE};`),
    );
  }
  // Tables a module marks append-only (a trigger named append_only) are insert-and-read only for
  // the application role; the trigger itself refuses changes from every other role.
  const appendOnly = await database.pool.query<{ name: string }>(
    `select format('%I.%I', n.nspname, c.relname) as name from pg_trigger t
     join pg_class c on c.oid = t.tgrelid join pg_namespace n on n.oid = c.relnamespace
     where t.tgname = 'append_only' and n.nspname = any($1)`,
    [APP_SCHEMAS],
  );
  for (const { name } of appendOnly.rows) {
    await db.execute(sql.raw(`revoke update, delete, truncate on ${name} from ${APP_ROLE}`));
  }
  // Tables kept by triggers or SECURITY DEFINER functions (their comment starts with "derived:") are
  // read-only for the role.
  const derived = await database.pool.query<{ name: string }>(
    `select format('%I.%I', n.nspname, c.relname) as name from pg_class c
     join pg_namespace n on n.oid = c.relnamespace
     where c.relkind = 'r' and n.nspname = any($1) and obj_description(c.oid, 'pg_class') like 'derived:%'`,
    [APP_SCHEMAS],
  );
  for (const { name } of derived.rows) {
    await db.execute(sql.raw(`revoke insert, update, delete, truncate on ${name} from ${APP_ROLE}`));
  }
  const tables = await database.pool.query<{ schema: string; table: string; rls: boolean }>(
    `select n.nspname as schema, c.relname as table, c.relrowsecurity as rls
     from pg_class c join pg_namespace n on n.oid = c.relnamespace
     join pg_attribute a on a.attrelid = c.oid and a.attname = 'region_code' and not a.attisdropped
     where c.relkind in ('r', 'p') and n.nspname = any($1)`,
    [APP_SCHEMAS],
  );
  for (const t of tables.rows) {
    const name = `${t.schema}.${t.table}`;
    const policy = await db.execute(
      sql`select 1 from pg_policies where schemaname = ${t.schema} and tablename = ${t.table} and policyname = 'region_scope'`,
    );
    if (!t.rls) await db.execute(sql.raw(`alter table ${name} enable row level security`));
    if (policy.rows.length === 0) {
      await db.execute(
        sql.raw(`create policy region_scope on ${name} to ${APP_ROLE}
          using (platform.in_scope(region_code)) with check (platform.in_scope(region_code))`),
      );
    }
  }
}
