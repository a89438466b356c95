// The Kartu Prakerja demo (Bangka Belitung, 2020): the office sent its UMKM owners to the programme,
// 283 registered and about 150 passed. One list per regency/city, with the wave and status of each
// participant; most are owners in the register (found by NIK), the rest are not registered yet.
// Also the province admin account that reads and imports them. Runs after the registry demo; idempotent.
import { sql } from "drizzle-orm";
import type { Database } from "../../../platform/db/pool";
import { AppError } from "../../../platform/errors";
import { type Ctx, createUser, systemCtx, tx } from "../../access";
import { type OutsideListRow, storeOutsideList } from "../../linkage";
import { listBusinessesForProposal } from "../../registry";
import { storePrakerjaRows } from "../prakerja/import-list";
import type { PrakerjaFileRow } from "../prakerja/read-file";

export const PRAKERJA_DEMO = { registered: 283, passed: 150, incentive: 95 } as const;
const REGENCIES = ["19.01", "19.02", "19.03", "19.04", "19.05", "19.06", "19.71"] as const;
const STATUS = { registered: "Terdaftar", passed: "Lulus pelatihan", incentive: "Insentif diterima" };

// Participants not in the register yet (Malay and Chinese-Indonesian names of the islands).
const GIVEN = [
  "Rusdi",
  "Yanti",
  "Hendri",
  "Siti",
  "Aliong",
  "Meilani",
  "Junaidi",
  "Rosmala",
  "Akiong",
  "Nurhayati",
];
const FAMILY = ["Saputra", "Wijaya", "Lestari", "Halim", "Rahman", "Susanto", "Pratiwi", "Tanoto", "Hasan"];

export type PrakerjaDemoResult = { skipped: boolean; lists: number; rows: number };

async function ensureBabelAdmin(ctx: Ctx, password: string): Promise<void> {
  try {
    await createUser({
      ctx,
      input: {
        username: "admin.babel",
        displayName: "Admin Diskop UKM Kepulauan Bangka Belitung",
        role: "admin_provinsi",
        scope: "19",
        password,
      },
    });
  } catch (err) {
    if (!(err instanceof AppError && err.code === "USERNAME_TAKEN")) throw err;
  }
}

type Person = { nik: string; name: string; birthDate: string | null; phone: string | null };

/** Owners in the regency's register, then made-up participants not registered yet. */
async function peopleOf(ctx: Ctx, region: string, count: number, registered: number): Promise<Person[]> {
  const picks = await listBusinessesForProposal({ ctx, filter: { region, limit: registered * 2 } });
  const seen = new Set<string>();
  const out: Person[] = [];
  for (const p of picks) {
    if (seen.has(p.ownerId) || out.length >= registered) continue;
    seen.add(p.ownerId);
    out.push({ nik: p.nik, name: p.name, birthDate: p.birthDate, phone: p.phone });
  }
  const prefix = region.replace(".", "");
  for (let i = out.length; i < count; i++) {
    const day = String(1 + (i % 28)).padStart(2, "0");
    const nik = `${prefix}01${day}0${1 + (i % 9)}9${String(i).padStart(2, "0")}${String(9000 + i).slice(-4)}`;
    out.push({
      nik: nik.slice(0, 16),
      name: `${GIVEN[i % GIVEN.length]} ${FAMILY[(i * 7 + region.length) % FAMILY.length]}`,
      birthDate: null,
      phone: null,
    });
  }
  return out;
}

function rowsFor(people: Person[], first: number): Array<OutsideListRow & PrakerjaFileRow> {
  return people.map((p, j) => {
    const k = ((first + j) * 7) % PRAKERJA_DEMO.registered; // spreads the statuses over the lists
    const passed = k < PRAKERJA_DEMO.passed;
    const incentive = k < PRAKERJA_DEMO.incentive;
    const status = incentive ? STATUS.incentive : passed ? STATUS.passed : STATUS.registered;
    return {
      sheet: "Peserta",
      rowNumber: j + 2,
      nik: p.nik,
      noKk: null,
      name: p.name,
      sex: null,
      birthPlace: null,
      birthDate: p.birthDate,
      phone: p.phone,
      address: null,
      rt: null,
      rw: null,
      villageCode: null,
      businessName: null,
      wave: String(1 + (j % 4)),
      statusText: status,
      registered: true,
      passed,
      incentive,
    };
  });
}

async function regionName(ctx: Ctx, code: string): Promise<string> {
  const rows = await tx(ctx, (t) =>
    t.execute<{ name: string }>(sql`select name from regions.regions where code = ${code}`),
  );
  return rows.rows[0]?.name ?? code;
}

function csvOf(rows: ReadonlyArray<OutsideListRow & PrakerjaFileRow>): Buffer {
  const head = "No,NIK,Nama Lengkap,No. HP,Gelombang,Status";
  const lines = rows.map((r, i) => [i + 1, r.nik, r.name, r.phone ?? "", r.wave, r.statusText].join(","));
  return Buffer.from([head, ...lines].join("\n"), "utf8");
}

export async function seedPrakerjaDemo(
  database: Database,
  opts: { password: string },
): Promise<PrakerjaDemoResult> {
  const ctx: Ctx = { ...systemCtx(database, "demo"), now: new Date("2020-09-15T03:00:00Z") };
  await ensureBabelAdmin(ctx, opts.password);
  const done = await tx(ctx, (t) =>
    t.execute(sql`select 1 from training.prakerja_rows where region_code like '19.%' limit 1`),
  );
  if (done.rows.length > 0) return { skipped: true, lists: 0, rows: 0 };
  let first = 0;
  for (const [i, region] of REGENCIES.entries()) {
    const count = Math.floor((PRAKERJA_DEMO.registered * (i + 1)) / REGENCIES.length) - first;
    const rows = rowsFor(await peopleOf(ctx, region, count, Math.round(count * 0.6)), first);
    const listId = await storeOutsideList(ctx, {
      fields: {
        name: `Peserta Kartu Prakerja UMKM ${await regionName(ctx, region)} (gelombang 1–4)`,
        kind: "prakerja",
        source: "Kartu Prakerja",
        asOf: "2020-09-15",
        regionCode: region,
      },
      file: { name: `prakerja-${region}.csv`, mime: "text/csv", data: csvOf(rows) },
      rows,
    });
    await storePrakerjaRows(ctx, { listId, regionCode: region, rows });
    first += count;
  }
  return { skipped: false, lists: REGENCIES.length, rows: first };
}
