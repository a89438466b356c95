// Benchmark: duplicate hint while a record is typed (target ≤ 50 ms p95 on a 1M-record register),
// through the real verb (hintDuplicates: scoped transaction with row-level security, GIN lookup on
// match_keys plus exact NIK/phone, scoring with the default model). The register comes from the
// synthetic generator (default: 1,000,000 owners in Kalimantan Tengah, so villages are crowded and
// blocks are large); match keys are computed by the product's own function while loading.
//
//   node bin/run-ts.js bench/linkage/hint-db.ts [--records 1000000] [--region 62] [--rounds 100] [--reuse] [--no-append]
import { sql } from "drizzle-orm";
import pg from "pg";
import { prepareDatabase } from "../../src/server/bootstrap";
import type { Ctx } from "../../src/server/modules/access";
import { personToLinkRecord } from "../../src/server/modules/linkage/dedup/records";
import { blockingKeys } from "../../src/server/modules/linkage/domain/blocking-keys";
import { hintDuplicates } from "../../src/server/modules/linkage/hint/hint-duplicates";
import { nameKey } from "../../src/server/modules/registry/domain/names";
import { toE164Mobile } from "../../src/server/modules/registry/domain/phone";
import { generateRegister } from "../../src/server/modules/registry/synth/generate";
import type { SynthRecord } from "../../src/server/modules/registry/synth/record";
import { type Database, openDatabase } from "../../src/server/platform/db/pool";
import { newId } from "../../src/server/platform/ids";
import { appendResults } from "../results";

const argv = process.argv.slice(2);
const arg = (name: string, fallback: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? (argv[i + 1] ?? fallback) : fallback;
};
const RECORDS = Number(arg("records", "1000000"));
const REGION = arg("region", "62");
const ROUNDS = Number(arg("rounds", "100"));
const DB = "sinergi_bench_linkage";
const log = (m: string) => console.log(m);

async function openBench(): Promise<{ database: Database; existing: boolean }> {
  const server = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  const found = await admin.query("select 1 from pg_database where datname = $1", [DB]);
  const existing = found.rows.length > 0 && argv.includes("--reuse");
  if (!existing) {
    await admin.query(`drop database if exists ${DB} with (force)`);
    await admin.query(`create database ${DB}`);
  }
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${DB}`;
  const database = openDatabase(url.toString(), { max: 4 });
  await prepareDatabase(database, { seedDemo: false });
  return { database, existing };
}

type Sample = { personId: string; r: SynthRecord };

/** A real calendar date as YYYY-MM-DD, else null (the generator also writes impossible dates). */
function iso(d: string): string | null {
  const t = new Date(`${d}T00:00:00Z`).getTime();
  return /^\d{4}-\d{2}-\d{2}$/.test(d) && !Number.isNaN(t) && new Date(t).toISOString().startsWith(d)
    ? d
    : null;
}

async function fill(database: Database, samples: Sample[]): Promise<{ loadMs: number; indexMs: number }> {
  const started = performance.now();
  const defs = await database.pool.query<{ indexname: string; indexdef: string }>(
    "select indexname, indexdef from pg_indexes where schemaname = 'registry' and tablename in ('persons', 'businesses') and indexname not like '%_pkey'",
  );
  await database.pool.query(
    "alter table registry.businesses drop constraint if exists businesses_owner_id_persons_id_fk",
  );
  for (const d of defs.rows) await database.pool.query(`drop index registry.${d.indexname}`);
  const now = new Date().toISOString();
  let persons: object[] = [];
  let businesses: object[] = [];
  const flush = async () => {
    for (const [table, rows] of [
      ["persons", persons],
      ["businesses", businesses],
    ] as const) {
      // Only the columns the rows carry: generated columns (the business's province code) refuse values.
      const cols = Object.keys(rows[0] ?? {})
        .map((c) => `"${c}"`)
        .join(", ");
      if (cols === "") continue;
      await database.db.execute(
        sql`insert into ${sql.raw(`registry.${table}`)} (${sql.raw(cols)}) select ${sql.raw(cols)} from json_populate_recordset(null::${sql.raw(`registry.${table}`)}, ${JSON.stringify(rows)}::json)`,
      );
    }
    persons = [];
    businesses = [];
  };
  let n = 0;
  const every = Math.max(1, Math.floor(RECORDS / (ROUNDS * 3)));
  for await (const { record: x } of generateRegister({
    records: RECORDS,
    seed: 2021,
    region: REGION,
    duplicateRate: 0.2,
  })) {
    const region = /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/.test(x.kode_wilayah)
      ? x.kode_wilayah
      : `${REGION}.71.01.1001`;
    const id = newId();
    const p = {
      id,
      regionCode: region,
      nik: x.nik || "0000000000000000",
      noKk: x.no_kk || null,
      name: x.nama || "TANPA NAMA",
      sex: x.jenis_kelamin === "L" || x.jenis_kelamin === "P" ? x.jenis_kelamin : null,
      birthPlace: x.tempat_lahir || null,
      birthDate: iso(x.tanggal_lahir),
      phone: x.no_hp ? toE164Mobile(x.no_hp) : null,
      street: x.alamat || null,
      rt: x.rt || null,
      rw: x.rw || null,
      villageCode: region,
    };
    persons.push({
      id,
      region_code: region,
      nik: p.nik,
      no_kk: p.noKk,
      name: p.name,
      name_norm: nameKey(p.name),
      sex: p.sex,
      birth_place: p.birthPlace,
      birth_date: p.birthDate,
      phone: p.phone,
      street: p.street,
      rt: p.rt,
      rw: p.rw,
      village_code: region,
      match_keys: blockingKeys(personToLinkRecord(p)),
      created_at: now,
      updated_at: now,
    });
    const business = x.nama_usaha || "Usaha";
    businesses.push({
      id: newId(),
      region_code: region,
      owner_id: id,
      name: business,
      name_norm: nameKey(business),
      sector: "lainnya",
      sales_channels: [],
      status: "active",
      source_kind: "import",
      open_constraints: 0,
      created_at: now,
      updated_at: now,
    });
    if (n % every === 0 && iso(x.tanggal_lahir) && x.nama)
      samples.push({ personId: id, r: { ...x, kode_wilayah: region } });
    if (++n % 5000 === 0) await flush();
    if (n % 100_000 === 0)
      log(`  ${n.toLocaleString("en")} rows in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  }
  if (persons.length) await flush();
  const loadMs = performance.now() - started;
  const t = performance.now();
  const client = await database.pool.connect();
  try {
    await client.query("set maintenance_work_mem = '512MB'");
    for (const d of defs.rows) await client.query(d.indexdef);
    await client.query(
      "alter table registry.businesses add constraint businesses_owner_id_persons_id_fk foreign key (owner_id) references registry.persons(id) on delete restrict",
    );
    await client.query("vacuum analyze registry.persons");
    await client.query("vacuum analyze registry.businesses");
  } finally {
    client.release();
  }
  return { loadMs, indexMs: performance.now() - t };
}

/** With --reuse: typed records drawn from the stored register (a random 0.1 % of pages). */
async function sampleStored(database: Database): Promise<Sample[]> {
  const rows = await database.pool.query<{
    id: string;
    nik: string;
    name: string;
    b: string;
    v: string;
    phone: string | null;
  }>(
    `select id, nik, name, birth_date::text as b, village_code as v, phone from registry.persons tablesample system (0.1) repeatable (7)
     where birth_date is not null limit $1`,
    [ROUNDS],
  );
  const empty: SynthRecord = {
    nik: "",
    no_kk: "",
    nama: "",
    jenis_kelamin: "",
    tempat_lahir: "",
    tanggal_lahir: "",
    alamat: "",
    rt: "",
    rw: "",
    kode_wilayah: "",
    no_hp: "",
    nama_usaha: "",
    bidang_usaha: "",
    sumber: "",
  };
  return rows.rows.map((r) => ({
    personId: r.id,
    r: { ...empty, nik: r.nik, nama: r.name, tanggal_lahir: r.b, kode_wilayah: r.v, no_hp: r.phone ?? "" },
  }));
}

type Case = {
  kind: string;
  body: Parameters<typeof hintDuplicates>[0]["input"];
  personId: string | null;
  scope: string;
};

function dropLetter(name: string): string {
  const i = Math.min(name.length - 2, 3);
  return `${name.slice(0, i)}${name.slice(i + 1)}`;
}

function cases(samples: readonly Sample[]): Case[] {
  const out: Case[] = [];
  samples.slice(0, ROUNDS).forEach(({ personId, r }, k) => {
    const scope = r.kode_wilayah.slice(0, 5);
    const v = r.kode_wilayah;
    out.push({ kind: "NIK only", body: { nik: r.nik }, personId, scope });
    out.push({
      kind: "name + birth date + village",
      body: { name: r.nama, birthDate: r.tanggal_lahir, regionCode: v },
      personId,
      scope,
    });
    out.push({
      kind: "name with a typo + birth date + village",
      body: { name: dropLetter(r.nama), birthDate: r.tanggal_lahir, regionCode: v },
      personId,
      scope,
    });
    out.push({ kind: "name + village (no date)", body: { name: r.nama, regionCode: v }, personId, scope });
    if (r.no_hp) out.push({ kind: "phone only", body: { phone: r.no_hp }, personId, scope });
    out.push({
      kind: "new person (not registered)",
      body: { name: `Xaverius Tandipayung ${"ABCDEFGH"[k % 8]}`, birthDate: "1961-02-27", regionCode: v },
      personId: null,
      scope,
    });
  });
  return out;
}

const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? 0;

function ctxFor(database: Database, scope: string): Ctx {
  return {
    db: database,
    actor: {
      kind: "user",
      userId: "00000000-0000-7000-8000-000000000001",
      username: "bench",
      role: "pendamping",
      scope,
      businessId: null,
    },
    now: new Date(),
    requestId: "bench",
    lang: "id",
  };
}

async function main(): Promise<void> {
  const { database, existing } = await openBench();
  const samples: Sample[] = [];
  const have = Number(
    (await database.pool.query("select count(*)::int as n from registry.persons")).rows[0]?.n ?? 0,
  );
  let fillNote = "reused";
  if (!existing || have !== RECORDS) {
    await database.pool.query("truncate registry.businesses, registry.persons cascade");
    log(
      `filling ${RECORDS.toLocaleString("en")} owners (region ${REGION || "all"}) with match keys into ${DB} …`,
    );
    const f = await fill(database, samples);
    fillNote = `load with match keys ${(f.loadMs / 1000).toFixed(0)} s + indexes/analyse ${(f.indexMs / 1000).toFixed(0)} s`;
    log(fillNote);
  } else {
    samples.push(...(await sampleStored(database)));
  }
  const all = cases(samples);
  for (const c of all.slice(0, 60)) await hintDuplicates({ ctx: ctxFor(database, c.scope), input: c.body });
  const by = new Map<string, { ms: number[]; found: number; examined: number; n: number }>();
  const overall: number[] = [];
  for (const c of all) {
    const t0 = performance.now();
    const out = await hintDuplicates({ ctx: ctxFor(database, c.scope), input: c.body });
    const d = performance.now() - t0;
    overall.push(d);
    const s = by.get(c.kind) ?? { ms: [], found: 0, examined: 0, n: 0 };
    s.ms.push(d);
    s.n++;
    s.examined += out.examined;
    if (
      c.personId === null
        ? out.candidates.length === 0
        : out.candidates.some((x) => x.personId === c.personId)
    )
      s.found++;
    by.set(c.kind, s);
  }
  const f1 = (x: number) => x.toFixed(1);
  const rows = [...by].map(
    ([k, s]) =>
      `| ${k} | ${s.n} | ${f1(pct(s.ms, 50))} | ${f1(pct(s.ms, 95))} | ${f1(Math.max(...s.ms))} | ${((100 * s.found) / s.n).toFixed(0)} % | ${(s.examined / s.n).toFixed(0)} |`,
  );
  const lines = [
    `Register: ${RECORDS.toLocaleString("en")} owners from the synthetic generator (seed 2021, region ${REGION || "all"}, 20 % listed more than once), each with a business; ${fillNote}. Queries as a field assistant scoped to the record's regency (row-level security on), one at a time, after a warm-up.`,
    "",
    "| typed so far | hints | p50 ms | p95 ms | max ms | expected result | persons examined (avg) |",
    "|---|---|---|---|---|---|---|",
    ...rows,
    `| **all** (target p95 ≤ 50 ms) | ${overall.length} | ${f1(pct(overall, 50))} | **${f1(pct(overall, 95))}** | ${f1(Math.max(...overall))} | | |`,
    "",
    '"Expected result": the typed person is among the top 5 candidates (for a new person: no candidate at all).',
  ];
  for (const l of lines) log(l);
  if (!argv.includes("--no-append"))
    appendResults(
      "Linkage: duplicate hint while typing, through the product verb on PostgreSQL (bench/linkage/hint-db.ts)",
      lines,
    );
  await database.close();
}

await main();
