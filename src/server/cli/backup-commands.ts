// `sinergi backup` and `sinergi restore`. A restore replaces every row, so it runs only when no
// server uses the data (embedded data directory lock, or a server session on an external
// database) and after an explicit confirmation: a terminal answer or --yes.
import path from "node:path";
import { createInterface } from "node:readline/promises";
import { auditHeadFile, currentHead, writeHeadFile } from "../modules/access";
import { currentOwner } from "../platform/db/lock";
import type { Database } from "../platform/db/pool";
import { loadEnv } from "../platform/env";
import { backupDatabase, restoreDatabase } from "./backup";
import type { Parsed } from "./commands";
import { EXIT, type Io } from "./io";
import { withDatabase } from "./with-db";

async function readLine(io: Io, prompt?: string): Promise<string> {
  const rl = createInterface({ input: io.stdin, output: prompt ? io.stderr : undefined, terminal: false });
  try {
    if (prompt) return (await rl.question(prompt)).trim();
    for await (const line of rl) return line.trim();
    return "";
  } finally {
    rl.close();
  }
}

async function passphrase(p: Parsed, io: Io): Promise<string | undefined> {
  if (p.values["passphrase-stdin"] === true) {
    const phrase = await readLine(io);
    if (phrase.length < 8) throw new Error("Frasa sandi minimal 8 karakter / passphrase needs 8+ characters");
    return phrase;
  }
  return process.env.SINERGI_BACKUP_PASSPHRASE || undefined;
}

function onlyFile(p: Parsed, io: Io, usage: string): string | undefined {
  const [file, extra] = p.positionals;
  if (!file || extra !== undefined) {
    io.stderr.write(`Pemakaian / usage: ${usage}\n`);
    return undefined;
  }
  return file;
}

export async function backupCommand(p: Parsed, io: Io): Promise<number> {
  const file = onlyFile(p, io, "sinergi backup <berkas|file> [--passphrase-stdin]");
  if (!file) return EXIT.usage;
  const phrase = await passphrase(p, io);
  const rows = await withDatabase((db) =>
    backupDatabase(db, file, (t, n) => io.stderr.write(`  ${t}: ${n}\n`), { passphrase: phrase }),
  );
  io.stdout.write(
    `Cadangan ditulis ke ${file} (${rows} baris${phrase ? ", terenkripsi" : ""}) / ` +
      `backup written (${rows} rows${phrase ? ", encrypted" : ""})\n`,
  );
  return EXIT.ok;
}

/** Sessions of a running Sinergi server on the database (works for embedded and external ones). */
async function serverSessions(db: Database): Promise<number> {
  const r = await db.pool.query<{ n: number }>(
    `select count(*)::int as n from pg_stat_activity
     where datname = current_database() and pid <> pg_backend_pid() and application_name = 'sinergi-server'`,
  );
  return r.rows[0]?.n ?? 0;
}

const SERVER_RUNNING =
  "Server Sinergi sedang memakai basis data ini. Hentikan server dulu, lalu ulangi restore.\n" +
  "A Sinergi server is using this database. Stop the server first, then run restore again.\n";

async function confirmed(p: Parsed, io: Io, file: string): Promise<boolean> {
  if (p.values.yes === true) return true;
  if (!io.stdin.isTTY) {
    io.stderr.write(
      "Restore mengganti SEMUA data. Tanpa terminal, tambahkan --yes untuk melanjutkan.\n" +
        "Restore replaces ALL data. Without a terminal, add --yes to go ahead.\n",
    );
    return false;
  }
  const answer = await readLine(
    io,
    `Semua data akan diganti dengan isi ${path.basename(file)}. Lanjutkan? (ya/tidak)\n` +
      "All data will be replaced with the backup's. Continue? (yes/no) ",
  );
  return /^(y|ya|yes)$/i.test(answer);
}

export async function restoreCommand(p: Parsed, io: Io): Promise<number> {
  const file = onlyFile(p, io, "sinergi restore <berkas|file> [--yes] [--passphrase-stdin]");
  if (!file) return EXIT.usage;
  const env = loadEnv();
  const owner = env.DATABASE_URL ? undefined : currentOwner(path.resolve(env.DATA_DIR));
  if (owner) {
    io.stderr.write(`${SERVER_RUNNING}(pid ${owner.pid})\n`);
    return EXIT.refused;
  }
  const phrase = await passphrase(p, io);
  return withDatabase(async (db) => {
    if ((await serverSessions(db)) > 0) {
      io.stderr.write(SERVER_RUNNING);
      return EXIT.refused;
    }
    if (!(await confirmed(p, io, file))) {
      io.stderr.write("Restore dibatalkan; tidak ada yang diubah / restore cancelled; nothing changed\n");
      return EXIT.refused;
    }
    const rows = await restoreDatabase(db, file, (t, n) => io.stderr.write(`  ${t}: ${n}\n`), {
      passphrase: phrase,
    });
    // The restored chain is the one to keep: its head replaces the recorded copy.
    writeHeadFile(auditHeadFile(env.DATA_DIR), await currentHead(db));
    io.stdout.write(`Dipulihkan dari ${file} (${rows} baris) / restored (${rows} rows)\n`);
    return EXIT.ok;
  });
}
