// Independent Indonesian test register (written from the miss causes and the domain
// reference, sharing no code with src/server/modules/registry/synth).
//   node bin/run-ts.js bench/linkage/indep/generate.ts --people 20000 --seed 101 --out f.csv
// Writes f.csv (register's canonical columns) and f.truth.csv (record → person, household, the
// errors put into the record). Seeds: TUNE_SEED for looking at errors, REPORT_SEED for figures.
import { createWriteStream } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { type Counters, household, loadVillages, type Person, resetIds } from "./population";
import { rand } from "./rng";
import { type Row, recordOf, SOURCES } from "./sources";

export const TUNE_SEED = 101;
export const REPORT_SEED = 202;

const COLUMNS = [
  "record_id",
  "nik",
  "no_kk",
  "nama",
  "jenis_kelamin",
  "tempat_lahir",
  "tanggal_lahir",
  "alamat",
  "rt",
  "rw",
  "kode_wilayah",
  "no_hp",
  "nama_usaha",
  "bidang_usaha",
  "sumber",
];

const csv = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

function write(stream: NodeJS.WritableStream, line: string): Promise<void> {
  return new Promise((resolve) => {
    if (stream.write(`${line}\n`)) resolve();
    else stream.once("drain", resolve);
  });
}

function close(stream: NodeJS.WritableStream): Promise<void> {
  return new Promise((resolve) => stream.end(resolve));
}

/** How many lists hold a person: most are listed once, some in up to all four. */
function listings(u: number): number {
  return u < 0.52 ? 1 : u < 0.82 ? 2 : u < 0.95 ? 3 : 4;
}

export async function generate(people: number, seed: number, out: string): Promise<void> {
  await mkdir(path.dirname(out), { recursive: true });
  const r = rand(seed);
  resetIds();
  const villages = await loadVillages();
  const counters: Counters = new Map();
  const persons: Person[] = [];
  for (let h = 1; persons.length < people; h++) persons.push(...household(r, counters, villages, `H${h}`));
  persons.length = people;
  const rows: Array<{ row: Row; person: Person; tags: string[] }> = [];
  for (const p of persons) {
    const n = listings(r.u());
    const sources = [...SOURCES].sort(() => r.u() - 0.5).slice(0, n);
    // A fifth of repeated listings come twice from one source (two field officers, two years).
    if (n >= 2 && r.p(0.2)) sources[1] = sources[0] ?? SOURCES[0]!;
    for (const s of sources) {
      const { row, tags } = recordOf(r, p, s, "");
      rows.push({ row, person: p, tags });
    }
  }
  // Lists arrive in no particular order.
  for (let i = rows.length - 1; i > 0; i--) {
    const j = r.int(0, i);
    [rows[i], rows[j]] = [rows[j]!, rows[i]!];
  }
  const data = createWriteStream(out);
  const truth = createWriteStream(out.replace(/\.csv$/, ".truth.csv"));
  await write(data, COLUMNS.join(","));
  await write(truth, "record_id,person_id,household,twin,tags");
  for (const [i, x] of rows.entries()) {
    const id = `R${String(i + 1).padStart(7, "0")}`;
    x.row.record_id = id;
    await write(data, COLUMNS.map((c) => csv(x.row[c] ?? "")).join(","));
    await write(
      truth,
      [id, x.person.id, x.person.household, x.person.twin ? "1" : "0", x.tags.join(";")].join(","),
    );
  }
  await close(data);
  await close(truth);
}

function flag(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

if (process.argv[1]?.endsWith("generate.ts")) {
  const people = Number(flag("people") ?? "20000");
  const seed = Number(flag("seed") ?? String(TUNE_SEED));
  const out = flag("out") ?? path.join("bench", "out", "linkage", `indep-${people}-s${seed}.csv`);
  await generate(people, seed, out);
  console.log(`wrote ${out}`);
}
