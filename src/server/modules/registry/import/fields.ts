// Canonical fields of an imported register row (the `values` of the CLI JSON) and the extra column
// roles a header can have (a combined TTL column, a running number, a district column...).

export const CANONICAL_FIELDS = [
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
  "nib",
  "omzet_sebelum",
  "omzet_sesudah",
  "jumlah_karyawan",
  "terdampak",
  "kendala",
] as const;

export type CanonicalField = (typeof CANONICAL_FIELDS)[number];

/** kode_wilayah as a column role is the village/desa/kelurahan/nagari name column. */
export const EXTRA_ROLES = [
  "no",
  "ttl",
  "rt_rw",
  "kecamatan",
  "alamat_usaha",
  "jenis_kelamin_l",
  "jenis_kelamin_p",
] as const;

export type ColumnRole = CanonicalField | (typeof EXTRA_ROLES)[number];

export const COLUMN_ROLES: readonly ColumnRole[] = [...CANONICAL_FIELDS, ...EXTRA_ROLES];

export function isColumnRole(value: string): value is ColumnRole {
  return (COLUMN_ROLES as readonly string[]).includes(value);
}

export type RowValues = { [K in CanonicalField]: K extends NumericField ? number | null : string | null };
export type NumericField = "omzet_sebelum" | "omzet_sesudah" | "jumlah_karyawan";

export function emptyValues(): RowValues {
  return {
    nik: null,
    no_kk: null,
    nama: null,
    jenis_kelamin: null,
    tempat_lahir: null,
    tanggal_lahir: null,
    alamat: null,
    rt: null,
    rw: null,
    kode_wilayah: null,
    no_hp: null,
    nama_usaha: null,
    bidang_usaha: null,
    nib: null,
    omzet_sebelum: null,
    omzet_sesudah: null,
    jumlah_karyawan: null,
    terdampak: null,
    kendala: null,
  };
}

/** Indonesian labels of the roles, for the mapping screen and messages. */
export const ROLE_LABELS: Record<ColumnRole, string> = {
  nik: "NIK",
  no_kk: "No. KK",
  nama: "Nama pemilik",
  jenis_kelamin: "Jenis kelamin",
  tempat_lahir: "Tempat lahir",
  tanggal_lahir: "Tanggal lahir",
  alamat: "Alamat",
  rt: "RT",
  rw: "RW",
  kode_wilayah: "Desa/kelurahan",
  no_hp: "No. HP",
  nama_usaha: "Nama usaha",
  bidang_usaha: "Bidang usaha",
  nib: "NIB",
  omzet_sebelum: "Omzet sebelum",
  omzet_sesudah: "Omzet sesudah",
  jumlah_karyawan: "Jumlah karyawan",
  terdampak: "Terdampak",
  kendala: "Kendala",
  no: "No. urut",
  ttl: "Tempat, tanggal lahir",
  rt_rw: "RT/RW",
  kecamatan: "Kecamatan",
  alamat_usaha: "Alamat usaha",
  jenis_kelamin_l: "Jenis kelamin: kolom L",
  jenis_kelamin_p: "Jenis kelamin: kolom P",
};
