// One dry-run row's normalised values → the register's rows (person, business, impact, sources).
// Pure: ids and times come in; the commit inserts what this returns in set-based statements.

import { nameKey } from "../../domain";
import type { ConstraintType, Sector } from "../../domain/vocab";
import type { RowValues } from "..";

const SECTOR_WORDS: ReadonlyArray<[RegExp, Sector]> = [
  [/kuliner|makan|minum|warung|catering|katering|kue|roti|snack|masak/i, "kuliner"],
  [/konveksi|jahit|tailor|pakaian|busana|garmen|sablon|masker/i, "konveksi"],
  [/kerajinan|anyam|ukir|rotan|souvenir|batik/i, "kerajinan"],
  [/dagang|toko|kios|jual|grosir|kelontong|sembako/i, "perdagangan"],
  [/jasa|salon|bengkel|servis|cuci|laundry|ojek|angkut/i, "jasa"],
  [/tani|kebun|sayur|padi|sawit|karet/i, "pertanian"],
  [/ikan|perikanan|tambak|nelayan/i, "perikanan"],
  [/ternak|ayam|sapi|kambing|bebek/i, "peternakan"],
  [/industri|pabrik|olahan|produksi/i, "industri"],
];

/** The register's short sector list from the office's free-text "jenis usaha". */
export function sectorOf(text: string | null): Sector {
  if (!text) return "lainnya";
  return SECTOR_WORDS.find(([re]) => re.test(text))?.[1] ?? "lainnya";
}

const sexOf = (value: string | null): "L" | "P" | null => (value === "L" || value === "P" ? value : null);

export type ImportedRow = { sheet: string; rowNumber: number; values: RowValues };

export type RowIds = {
  personId: string;
  businessId: string;
  impactId: string;
  constraintId: string;
  sourceIds: [string, string];
};

export type RowContext = {
  regionCode: string;
  batchId: string;
  now: Date;
  today: string;
  userId: string | null;
  userName: string;
};

export function personRow(r: ImportedRow, id: string, c: RowContext) {
  const v = r.values;
  const name = v.nama ?? "";
  return {
    id,
    regionCode: c.regionCode,
    nik: v.nik ?? "",
    noKk: v.no_kk,
    name,
    nameNorm: nameKey(name),
    sex: sexOf(v.jenis_kelamin),
    birthPlace: v.tempat_lahir,
    birthDate: v.tanggal_lahir,
    phone: v.no_hp,
    street: v.alamat,
    rt: v.rt,
    rw: v.rw,
    villageCode: v.kode_wilayah,
    createdAt: c.now,
    updatedAt: c.now,
  };
}

export function businessRow(r: ImportedRow, ids: RowIds, c: RowContext) {
  const v = r.values;
  const name = v.nama_usaha ?? `Usaha ${v.nama ?? ""}`.trim();
  return {
    id: ids.businessId,
    regionCode: v.kode_wilayah ?? c.regionCode,
    ownerId: ids.personId,
    name,
    nameNorm: nameKey(name),
    nib: v.nib,
    sector: sectorOf(v.bidang_usaha),
    products: v.bidang_usaha,
    employees: v.jumlah_karyawan,
    street: v.alamat,
    rt: v.rt,
    rw: v.rw,
    sourceKind: "import" as const,
    affected: v.terdampak === null ? null : v.terdampak === "Ya",
    openConstraints: v.kendala ? 1 : 0,
    createdAt: c.now,
    updatedAt: c.now,
  };
}

/** An impact assessment when the row says anything about impact (turnover or affected). */
export function impactRow(r: ImportedRow, ids: RowIds, c: RowContext) {
  const v = r.values;
  if (v.terdampak === null && v.omzet_sebelum === null && v.omzet_sesudah === null) return null;
  const fell = v.omzet_sebelum !== null && v.omzet_sesudah !== null && v.omzet_sesudah < v.omzet_sebelum;
  return {
    id: ids.impactId,
    regionCode: v.kode_wilayah ?? c.regionCode,
    businessId: ids.businessId,
    assessedOn: c.today,
    turnoverBefore: v.omzet_sebelum,
    turnoverAfter: v.omzet_sesudah,
    affected: v.terdampak === null ? fell : v.terdampak === "Ya",
    reasons: fell ? ["turnover_down"] : [],
    recordedBy: c.userName,
    createdAt: c.now,
  };
}

const CONSTRAINT_WORDS: ReadonlyArray<[RegExp, ConstraintType]> = [
  [/modal|dana|biaya|pinjam|kredit|uang/i, "capital"],
  [/bahan baku|bahan|baku/i, "raw_material"],
  [/pasar|pemasaran|jual|pembeli|sepi|pelanggan|promosi/i, "marketing"],
  [/kirim|distribusi|angkut|ongkir|transport/i, "distribution"],
  [/izin|ijin|nib|halal|pirt|sertifikat|legal/i, "permits"],
];

/** The kendala type from the office's free text (the text itself is kept as the description). */
export function constraintTypeOf(text: string): ConstraintType {
  return CONSTRAINT_WORDS.find(([re]) => re.test(text))?.[1] ?? "other";
}

/** The row's kendala column as an open kendala to follow up, not as a note. */
export function constraintRow(r: ImportedRow, businessId: string, id: string, c: RowContext) {
  const text = r.values.kendala;
  if (!text) return null;
  return {
    id,
    regionCode: r.values.kode_wilayah ?? c.regionCode,
    businessId,
    type: constraintTypeOf(text),
    description: text,
    status: "open" as const,
    reportedById: c.userId,
    reportedBy: c.userName,
    reportedAt: c.now,
    createdAt: c.now,
    updatedAt: c.now,
  };
}

export function sourceRows(r: ImportedRow, ids: RowIds, c: RowContext) {
  const common = {
    kind: "import" as const,
    officeCode: c.regionCode,
    userId: c.userId,
    userName: c.userName,
    importBatchId: c.batchId,
    sheet: r.sheet,
    rowNumber: r.rowNumber,
    createdAt: c.now,
  };
  return [
    {
      ...common,
      id: ids.sourceIds[0],
      regionCode: c.regionCode,
      entityType: "person" as const,
      entityId: ids.personId,
    },
    {
      ...common,
      id: ids.sourceIds[1],
      regionCode: r.values.kode_wilayah ?? c.regionCode,
      entityType: "business" as const,
      entityId: ids.businessId,
    },
  ];
}
