// The register the duplicate-hint benchmark (hint-db.ts) queries: synthetic owners with businesses
// and match keys loaded in large JSON batches, then indexed; or, when the database is reused, samples read back
// from it.
import { personToLinkRecord } from "../../src/server/modules/linkage/dedup/records";
import { blockingKeys } from "../../src/server/modules/linkage/domain/blocking-keys";
import { nameKey } from "../../src/server/modules/registry/domain/names";
import { toE164Mobile } from "../../src/server/modules/registry/domain/phone";
import { generateRegister } from "../../src/server/modules/registry/synth/generate";
import type { SynthRecord } from "../../src/server/modules/registry/synth/record";
import type { Database } from "../../src/server/platform/db/pool";
import { newId } from "../../src/server/platform/ids";
import { dropRegisterIndexes, insertJsonRows, rebuildRegisterIndexes } from "../lib/bulk-load";

export type FillOptions = { records: number; rounds: number; region: string };

export type Sample = { personId: string; r: SynthRecord };

/** A real calendar date as YYYY-MM-DD, else null (the generator also writes impossible dates). */
function iso(d: string): string | null {
  const t = new Date(`${d}T00:00:00Z`).getTime();
  return /^\d{4}-\d{2}-\d{2}$/.test(d) && !Number.isNaN(t) && new Date(t).toISOString().startsWith(d)
    ? d
    : null;
}

export async function fill(
  database: Database,
  samples: Sample[],
  { records: RECORDS, rounds: ROUNDS, region: REGION }: FillOptions,
): Promise<{ loadMs: number; indexMs: number }> {
  const started = performance.now();
  const indexDefs = await dropRegisterIndexes(database);
  const now = new Date().toISOString();
  let persons: object[] = [];
  let businesses: object[] = [];
  const flush = async () => {
    await insertJsonRows(database, "registry.persons", persons);
    await insertJsonRows(database, "registry.businesses", businesses);
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
      console.log(
        `  ${n.toLocaleString("en")} rows in ${((performance.now() - started) / 1000).toFixed(0)} s`,
      );
  }
  if (persons.length) await flush();
  const loadMs = performance.now() - started;
  const t = performance.now();
  await rebuildRegisterIndexes(database, indexDefs);
  return { loadMs, indexMs: performance.now() - t };
}

/** With --reuse: typed records drawn from the stored register (a random 0.1 % of pages). */
export async function sampleStored(database: Database, rounds: number): Promise<Sample[]> {
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
    [rounds],
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
