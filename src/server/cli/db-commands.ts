import { prepareDatabase } from "../bootstrap";
import { sealAudit, verifyAudit } from "../modules/access";
import { loadEnv } from "../platform/env";
import { backupDatabase, restoreDatabase } from "./backup";
import type { Io } from "./run-cli";
import { withDatabase } from "./with-db";

export async function migrateCommand(io: Io): Promise<number> {
  await withDatabase(async () => undefined);
  io.stdout.write("Migrasi selesai / migrations applied\n");
  return 0;
}

export async function seedDemoCommand(io: Io): Promise<number> {
  const env = loadEnv();
  await withDatabase((db) =>
    prepareDatabase(db, { seedDemo: true, demoPassword: env.SINERGI_DEMO_PASSWORD }),
  );
  io.stdout.write("Data demo siap / demo data ready\n");
  return 0;
}

export async function auditCommand(args: string[], io: Io): Promise<number> {
  if (args[0] !== "verify") {
    io.stderr.write("Pemakaian: sinergi audit verify\n");
    return 2;
  }
  return withDatabase(async (db) => {
    await sealAudit(db);
    const result = await verifyAudit(db);
    if (result.ok) {
      io.stdout.write(
        `Rantai audit utuh: ${result.checked} kejadian diperiksa / audit chain intact (${result.checked} events)\n`,
      );
      return 0;
    }
    io.stderr.write(
      `Rantai audit RUSAK pada kejadian seq=${result.badSeq} id=${result.badId}: ${result.reason}\n` +
        `Audit chain BROKEN at event seq=${result.badSeq} id=${result.badId}: ${result.reason}\n`,
    );
    return 3;
  });
}

export async function backupCommand(args: string[], io: Io): Promise<number> {
  const file = args[0];
  if (!file) return usageError(io, "Pemakaian: sinergi backup <berkas>");
  const rows = await withDatabase((db) =>
    backupDatabase(db, file, (t, n) => io.stderr.write(`  ${t}: ${n}\n`)),
  );
  io.stdout.write(`Cadangan ditulis ke ${file} (${rows} baris) / backup written\n`);
  return 0;
}

export async function restoreCommand(args: string[], io: Io): Promise<number> {
  const file = args[0];
  if (!file) return usageError(io, "Pemakaian: sinergi restore <berkas>");
  const rows = await withDatabase((db) =>
    restoreDatabase(db, file, (t, n) => io.stderr.write(`  ${t}: ${n}\n`)),
  );
  io.stdout.write(`Dipulihkan dari ${file} (${rows} baris) / restored\n`);
  return 0;
}

function usageError(io: Io, text: string): number {
  io.stderr.write(`${text}\n`);
  return 2;
}
