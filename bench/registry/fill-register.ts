// Fills the bench register with N owners + businesses from the synthetic generator (realistic
// Indonesian names, NIKs, phones and regions; 10 % listed more than once), using one JSON parameter
// per 5,000-row insert with the secondary indexes dropped, then rebuilt, analysed and vacuumed.
import { fromIsoDate } from "../../src/server/modules/registry/domain/calendar";
import { nameKey } from "../../src/server/modules/registry/domain/names";
import { toE164Mobile } from "../../src/server/modules/registry/domain/phone";
import { generateRegister } from "../../src/server/modules/registry/synth/generate";
import type { Database } from "../../src/server/platform/db/pool";
import { newId } from "../../src/server/platform/ids";
import { mulberry32 } from "../../src/shared/rng";
import { dropRegisterIndexes, insertJsonRows, rebuildRegisterIndexes } from "../lib/bulk-load";

const SECTOR: Record<string, string> = {
  Kuliner: "kuliner",
  Fesyen: "konveksi",
  Kerajinan: "kerajinan",
  Perdagangan: "perdagangan",
  Jasa: "jasa",
  Pertanian: "pertanian",
  Perikanan: "perikanan",
  Peternakan: "peternakan",
};
const SOURCES = ["import", "import", "import", "form", "field", "demo"];

export async function fillRegister(
  database: Database,
  o: { records: number; seed: number; log: (m: string) => void },
): Promise<{ loadMs: number; indexMs: number }> {
  const started = performance.now();
  const indexDefs = await dropRegisterIndexes(database);
  const r = mulberry32(o.seed);
  const now = new Date().toISOString();
  let persons: object[] = [];
  let businesses: object[] = [];
  let n = 0;
  const flush = async () => {
    await insertJsonRows(database, "registry.persons", persons);
    await insertJsonRows(database, "registry.businesses", businesses);
    persons = [];
    businesses = [];
  };
  for await (const { record: x } of generateRegister({
    records: o.records,
    seed: o.seed,
    duplicateRate: 0.1,
  })) {
    const region = /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/.test(x.kode_wilayah) ? x.kode_wilayah : "62.71.01.1001";
    const personId = newId();
    const name = x.nama || "TANPA NAMA";
    persons.push({
      id: personId,
      region_code: region,
      nik: x.nik || "0000000000000000",
      no_kk: x.no_kk || null,
      name,
      name_norm: nameKey(name),
      sex: x.jenis_kelamin === "L" || x.jenis_kelamin === "P" ? x.jenis_kelamin : null,
      birth_place: x.tempat_lahir || null,
      birth_date: fromIsoDate(x.tanggal_lahir) ? x.tanggal_lahir : null,
      phone: x.no_hp ? toE164Mobile(x.no_hp) : null,
      street: x.alamat || null,
      rt: x.rt || null,
      rw: x.rw || null,
      village_code: region,
      match_keys: [],
      created_at: now,
      updated_at: now,
    });
    const size = r();
    const business = x.nama_usaha || "Usaha";
    businesses.push({
      id: newId(),
      region_code: region,
      owner_id: personId,
      name: business,
      name_norm: nameKey(business),
      sector: SECTOR[x.bidang_usaha] ?? "lainnya",
      sales_channels: [],
      size_class: size < 0.9 ? "mikro" : size < 0.98 ? "kecil" : "menengah",
      size_rule: "UU_20_2008",
      size_as_of: "2020-05-01",
      status: r() < 0.97 ? "active" : "inactive",
      source_kind: SOURCES[Math.floor(r() * SOURCES.length)],
      affected: r() < 0.75,
      open_constraints: r() < 0.03 ? 1 : 0,
      created_at: now,
      updated_at: now,
    });
    if (++n % 5000 === 0) await flush();
    if (n % 100_000 === 0)
      o.log(`  ${n.toLocaleString("en")} rows in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  }
  if (persons.length) await flush();
  const loadMs = performance.now() - started;
  const indexStarted = performance.now();
  await rebuildRegisterIndexes(database, indexDefs);
  return { loadMs, indexMs: performance.now() - indexStarted };
}
