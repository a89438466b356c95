import { prepareDatabase } from "../bootstrap";
import { advanceHeadFile, auditHeadFile, readHeadFile, verifyAudit } from "../modules/access";
import { loadEnv } from "../platform/env";
import type { Io } from "./io";
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
  const file = auditHeadFile(loadEnv().DATA_DIR);
  return withDatabase(async (db) => {
    const recorded = readHeadFile(file);
    const result = await verifyAudit(db, recorded);
    const { head } = result;
    io.stdout.write(
      `Kepala rantai / chain head: posisi ${head.position}, hash ${head.hash}\n` +
        (recorded
          ? `Tercatat di / recorded in ${file}: posisi ${recorded.position}, hash ${recorded.hash}\n`
          : `Belum ada salinan kepala rantai / no recorded head yet: ${file}\n`),
    );
    if (result.ok) {
      await advanceHeadFile(db, file);
      io.stdout.write(
        `Rantai audit utuh: ${result.checked} kejadian diperiksa / audit chain intact (${result.checked} events)\n`,
      );
      return 0;
    }
    const at = result.badSeq ? `seq=${result.badSeq} id=${result.badId}` : `posisi ${head.position + 1}`;
    io.stderr.write(
      `Rantai audit RUSAK pada kejadian ${at}: ${result.reason}\n` +
        `Audit chain BROKEN at event ${at}: ${result.reason}\n`,
    );
    return 3;
  });
}
