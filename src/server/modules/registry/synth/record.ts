// One row of the register in its canonical columns.

export const COLUMNS = [
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
] as const;

export type SynthRecord = {
  nik: string;
  no_kk: string;
  nama: string;
  jenis_kelamin: string;
  tempat_lahir: string;
  tanggal_lahir: string;
  alamat: string;
  rt: string;
  rw: string;
  kode_wilayah: string;
  no_hp: string;
  nama_usaha: string;
  bidang_usaha: string;
  sumber: string;
};

/** A person-and-business entity with its clean record; duplicates are derived from it. */
export type Entity = { id: string; record: SynthRecord; sex: "L" | "P"; firstName: string };
