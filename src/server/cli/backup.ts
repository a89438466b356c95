import { createReadStream, createWriteStream } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { createInterface } from "node:readline";
import { pipeline as pipe, Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGunzip, createGzip } from "node:zlib";
import { APP_SCHEMAS } from "../platform/db/migrate";
import type { Database } from "../platform/db/pool";
import { decryptor, encryptor, isEncrypted } from "./backup-crypto";

/**
 * The plaintext lines of a backup file (decrypted when it starts with the encryption header).
 * A wrong passphrase or an altered file fails the stream at its end (GCM tag).
 */
async function backupLines(file: string, passphrase: string | undefined) {
  let source: NodeJS.ReadableStream;
  if (await isEncrypted(file)) {
    if (!passphrase)
      throw new Error(
        "Cadangan ini terenkripsi: berikan frasa sandi (--passphrase-stdin atau SINERGI_BACKUP_PASSPHRASE) / " +
          "this backup is encrypted: give the passphrase",
      );
    const d = await decryptor(file, passphrase);
    source = pipe(
      createReadStream(file, { start: d.start, end: d.end }),
      d.decipher,
      createGunzip(),
      () => {},
    );
  } else source = pipe(createReadStream(file), createGunzip(), () => {});
  return createInterface({ input: source, crlfDelay: Number.POSITIVE_INFINITY });
}

type Header = {
  format: "sinergi-backup";
  version: 1;
  createdAt: string;
  migrations: number;
  tables: string[];
};

async function appTables(database: Database): Promise<string[]> {
  const r = await database.pool.query<{ name: string }>(
    `select format('%I.%I', schemaname, tablename) as name from pg_tables where schemaname = any($1) order by 1`,
    [APP_SCHEMAS],
  );
  return r.rows.map((x) => x.name);
}

async function migrationCount(database: Database): Promise<number> {
  const r = await database.pool.query<{ n: number }>(
    "select count(*)::int as n from drizzle.__drizzle_migrations",
  );
  return r.rows[0]?.n ?? 0;
}

/** Writes the whole database (every module's tables, files included) into one gzip'd NDJSON file. */
export async function backupDatabase(
  database: Database,
  file: string,
  onTable?: (t: string, rows: number) => void,
  opts: { passphrase?: string | undefined } = {},
): Promise<number> {
  const tables = await appTables(database);
  const client = await database.pool.connect();
  let total = 0;
  async function* lines(): AsyncGenerator<string> {
    await client.query("begin isolation level repeatable read read only");
    const header: Header = {
      format: "sinergi-backup",
      version: 1,
      createdAt: new Date().toISOString(),
      migrations: await migrationCount(database),
      tables,
    };
    yield `${JSON.stringify(header)}\n`;
    for (const table of tables) {
      yield `${JSON.stringify({ table })}\n`;
      await client.query(`declare c no scroll cursor for select row_to_json(t)::text as j from ${table} t`);
      let rows = 0;
      for (;;) {
        const batch = await client.query<{ j: string }>("fetch 2000 from c");
        for (const r of batch.rows) yield `${r.j}\n`;
        rows += batch.rows.length;
        if (batch.rows.length < 2000) break;
      }
      await client.query("close c");
      total += rows;
      onTable?.(table, rows);
      yield `${JSON.stringify({ end: table, rows })}\n`;
    }
    await client.query("commit");
  }
  // Written to a new file readable by the owner only, renamed into place when complete.
  const partial = `${file}.${process.pid}.partial`;
  const steps: NodeJS.ReadWriteStream[] = [createGzip()];
  if (opts.passphrase) steps.push(await encryptor(opts.passphrase));
  try {
    await pipeline([
      Readable.from(lines()),
      ...steps,
      createWriteStream(partial, { mode: 0o600, flags: "wx" }),
    ]);
    await rename(partial, file);
  } catch (err) {
    await rm(partial, { force: true });
    throw err;
  } finally {
    client.release();
  }
  return total;
}

/** Replaces every app table's rows with the backup's (the database must be migrated to the same level). */
async function readHeader(file: string, passphrase: string | undefined): Promise<Header> {
  const rl = await backupLines(file, passphrase);
  try {
    for await (const line of rl) {
      const header = JSON.parse(line) as Header;
      if (header.format === "sinergi-backup") return header;
      break;
    }
  } catch {
    // unreadable: reported below
  } finally {
    rl.close();
  }
  if (await isEncrypted(file))
    throw new Error("Frasa sandi salah atau berkas rusak / wrong passphrase or damaged file");
  throw new Error("Berkas ini bukan cadangan Sinergi / not a Sinergi backup");
}

export async function restoreDatabase(
  database: Database,
  file: string,
  onTable?: (t: string, rows: number) => void,
  opts: { passphrase?: string | undefined } = {},
): Promise<number> {
  const header = await readHeader(file, opts.passphrase);
  const current = await migrationCount(database);
  if (header.migrations !== current) {
    throw new Error(
      `Versi skema cadangan (${header.migrations}) berbeda dengan basis data (${current}) / schema version differs`,
    );
  }
  const client = await database.pool.connect();
  let table: string | undefined;
  let batch: string[] = [];
  let total = 0;
  const columns = new Map<string, string>();
  const flush = async () => {
    if (!table || batch.length === 0) return;
    let cols = columns.get(table);
    if (!cols) {
      cols = await insertableColumns(client, table);
      columns.set(table, cols);
    }
    await client.query(
      `insert into ${table} (${cols}) select ${cols} from json_populate_recordset(null::${table}, $1::json)`,
      [`[${batch.join(",")}]`],
    );
    total += batch.length;
    batch = [];
  };
  try {
    await client.query("begin");
    await client.query("set local session_replication_role = replica");
    let first = true;
    // Created right before iterating: lines emitted before the iterator exists would be lost.
    const rl = await backupLines(file, opts.passphrase);
    for await (const line of rl) {
      if (!line) continue;
      if (first) {
        first = false;
        const existing = await appTables(database);
        await client.query(`truncate ${existing.join(", ")} cascade`);
        continue;
      }
      if (line.startsWith('{"table":')) {
        table = (JSON.parse(line) as { table: string }).table;
      } else if (line.startsWith('{"end":')) {
        await flush();
        onTable?.(table ?? "", (JSON.parse(line) as { rows: number }).rows);
        table = undefined;
      } else {
        batch.push(line);
        if (batch.length >= 1000) await flush();
      }
    }
    await resetSequences(client);
    await client.query("commit");
  } catch (err) {
    await client.query("rollback").catch(() => {});
    throw err;
  } finally {
    client.release();
  }
  return total;
}

/** Columns a restore writes: generated columns are recomputed by PostgreSQL. */
async function insertableColumns(client: import("pg").PoolClient, table: string): Promise<string> {
  const r = await client.query<{ name: string }>(
    `select quote_ident(attname) as name from pg_attribute
     where attrelid = $1::regclass and attnum > 0 and not attisdropped and attgenerated = '' order by attnum`,
    [table],
  );
  return r.rows.map((c) => c.name).join(", ");
}

async function resetSequences(client: import("pg").PoolClient): Promise<void> {
  const seqs = await client.query<{ seq: string; tbl: string; col: string }>(
    `
    select format('%I.%I', sn.nspname, s.relname) as seq, format('%I.%I', tn.nspname, t.relname) as tbl, a.attname as col
    from pg_class s join pg_namespace sn on sn.oid = s.relnamespace
    join pg_depend d on d.objid = s.oid and d.deptype in ('a', 'i')
    join pg_class t on t.oid = d.refobjid join pg_namespace tn on tn.oid = t.relnamespace
    join pg_attribute a on a.attrelid = t.oid and a.attnum = d.refobjsubid
    where s.relkind = 'S' and sn.nspname = any($1)`,
    [APP_SCHEMAS],
  );
  for (const s of seqs.rows) {
    await client.query(
      `select setval('${s.seq}', coalesce((select max(${s.col}) from ${s.tbl}), 0) + 1, false)`,
    );
  }
}
