// Header text → column role. Offices name columns freely ("NIK / No. KTP", "NAMA PEMILIK",
// "Omset\nSebelum", "Jml Tenaga\nKerja"), so rules look at words, in an order where the more
// specific reading wins ("Nama Pelaku Usaha" is a person, "Nama Usaha" a business).

import { foldUpper } from "../domain";
import type { ColumnRole } from "./fields";

type Words = ReadonlySet<string>;

function wordsOf(label: string): Set<string> {
  const tokens = foldUpper(label)
    .split(/[^A-Z0-9]+/)
    .filter((t) => t !== "");
  return new Set(tokens);
}

const any = (w: Words, ...names: string[]) => names.some((n) => w.has(n));
const only = (w: Words, ...allowed: string[]) => w.size > 0 && [...w].every((t) => allowed.includes(t));

const TURNOVER = [
  "OMSET",
  "OMZET",
  "OMSETNYA",
  "OMZETNYA",
  "PENDAPATAN",
  "PENJUALAN",
  "PENGHASILAN",
  "PEMASUKAN",
];
const BEFORE = ["SEBELUM", "NORMAL"];
const AFTER = [
  "SESUDAH",
  "SETELAH",
  "SAAT",
  "SELAMA",
  "KETIKA",
  "SEKARANG",
  "TERDAMPAK",
  "PANDEMI",
  "COVID",
  "CORONA",
  "MENURUN",
  "TURUN",
  "KINI",
];
const BIRTH = ["LAHIR", "LHR", "TTL"];
const DATE_WORDS = ["TGL", "TANGGAL", "TANGGAL", "TANGAL", "TG"];
const VILLAGE = [
  "DESA",
  "KELURAHAN",
  "KEL",
  "NAGARI",
  "GAMPONG",
  "DESAKELURAHAN",
  "DESAKEL",
  "KELDESA",
  "KAMPUNG",
  "LURAH",
];
const BUSINESS = [
  "USAHA",
  "UMKM",
  "UKM",
  "IKM",
  "TOKO",
  "PERUSAHAAN",
  "KOPERASI",
  "MEREK",
  "MERK",
  "BRAND",
  "UMK",
];
const PERSON = ["PEMILIK", "PELAKU", "PENGUSAHA", "PENANGGUNG", "PENERIMA", "LENGKAP", "PESERTA", "ANGGOTA"];

/** Sub-headers that only make sense under their group title ("Sebelum" under "OMSET"). */
function contextual(sub: Words, group: Words): ColumnRole | null {
  if (any(group, "KELAMIN", "JK") || only(group, "L", "P")) {
    if (only(sub, "L", "LK", "LAKI", "PRIA")) return "jenis_kelamin_l";
    if (only(sub, "P", "PR", "PEREMPUAN", "WANITA")) return "jenis_kelamin_p";
  }
  if (any(group, ...BIRTH) || (any(group, "TEMPAT") && any(group, ...DATE_WORDS))) {
    if (only(sub, "TEMPAT", "KOTA", "KAB", "KABUPATEN", "LAHIR")) return "tempat_lahir";
    if (any(sub, ...DATE_WORDS)) return "tanggal_lahir";
  }
  if (any(group, ...BUSINESS) && !any(group, ...PERSON)) {
    if (only(sub, "NAMA")) return "nama_usaha";
    if (any(sub, "ALAMAT", "LOKASI")) return "alamat_usaha";
    if (only(sub, "JENIS", "BIDANG", "SEKTOR", "KATEGORI")) return "bidang_usaha";
  }
  if (any(group, ...TURNOVER)) {
    if (any(sub, ...BEFORE)) return "omzet_sebelum";
    if (any(sub, ...AFTER)) return "omzet_sesudah";
  }
  return null;
}

function turnover(w: Words, raw: string): ColumnRole | null {
  if (raw.includes("%") || any(w, "PERSEN", "PERSENTASE", "PENURUNAN")) return null;
  if (any(w, ...BEFORE)) return "omzet_sebelum";
  if (any(w, ...AFTER)) return "omzet_sesudah";
  return null;
}

/** Role of one header label, or null when the column is not one the register takes. */
export function roleOfLabel(label: string): ColumnRole | null {
  const w = wordsOf(label);
  if (w.size === 0) return null;
  if (only(w, "NO", "NOMOR", "URUT", "URT")) return "no";
  if (any(w, "NAMA") && any(w, "KK", "KELUARGA", "IBU", "AYAH", "SUAMI", "ISTRI", "PENDAMPING", "PETUGAS")) {
    return null;
  }
  if (any(w, "NIK", "NIKTP") || (any(w, "INDUK") && any(w, "KEPENDUDUKAN"))) return "nik";
  if (any(w, "IDENTITAS") && any(w, "NO", "NOMOR") && !any(w, "NAMA")) return "nik";
  if (any(w, "KTP") && !any(w, "NAMA", "ALAMAT")) return "nik";
  if (any(w, "KK", "NKK") || (any(w, "KARTU") && any(w, "KELUARGA"))) return "no_kk";
  if (
    any(w, "NIB", "IUMK") ||
    (any(w, "INDUK") && any(w, "BERUSAHA")) ||
    (any(w, "IZIN", "IJIN") && any(w, "USAHA"))
  ) {
    return "nib";
  }
  if (
    any(
      w,
      "HP",
      "WA",
      "TELP",
      "TELEPON",
      "TELPON",
      "TLP",
      "TELEPHONE",
      "WHATSAPP",
      "HANDPHONE",
      "PONSEL",
      "KONTAK",
      "TELEFON",
    )
  ) {
    return "no_hp";
  }
  if (any(w, ...TURNOVER)) return turnover(w, label);
  if (
    any(w, "KARYAWAN", "PEKERJA", "PEGAWAI", "BURUH") ||
    (any(w, "TENAGA") && any(w, "KERJA")) ||
    (any(w, "TK") && any(w, "JML", "JUMLAH"))
  ) {
    return any(w, "DIRUMAHKAN", "PHK", "DIBERHENTIKAN", "BERKURANG", "BERHENTI", "DIPHK")
      ? null
      : "jumlah_karyawan";
  }
  if (any(w, "TERDAMPAK") || (any(w, "DAMPAK") && any(w, "YA", "TIDAK", "COVID", "PANDEMI", "CORONA")))
    return "terdampak";
  if (any(w, "KENDALA", "PERMASALAHAN", "MASALAH", "HAMBATAN", "KESULITAN")) return "kendala";
  if (only(w, "RT", "RW", "NO") && w.has("RT") && w.has("RW")) return "rt_rw";
  if (only(w, "RT", "NO")) return "rt";
  if (only(w, "RW", "NO")) return "rw";
  if (any(w, "TTL")) return "ttl";
  if (any(w, "TEMPAT") && any(w, ...DATE_WORDS)) return "ttl";
  if (any(w, ...DATE_WORDS) && any(w, "LAHIR", "LHR")) return "tanggal_lahir";
  if (any(w, "TEMPAT", "KOTA") && any(w, "LAHIR", "LHR")) return "tempat_lahir";
  if (
    any(w, "KELAMIN", "JK", "GENDER", "SEX") ||
    only(w, "L", "P") ||
    only(w, "LP") ||
    (any(w, "JENIS") && any(w, "KEL"))
  ) {
    return "jenis_kelamin";
  }
  if (any(w, "ALAMAT", "JALAN", "JL", "DOMISILI")) {
    return any(w, ...BUSINESS, "LOKASI") ? "alamat_usaha" : "alamat";
  }
  if (any(w, ...VILLAGE) || (any(w, "KODE") && any(w, "WILAYAH", "DESA"))) return "kode_wilayah";
  if (any(w, "KECAMATAN", "KEC")) return "kecamatan";
  if (any(w, "NAMA") && any(w, ...BUSINESS) && !any(w, ...PERSON)) return "nama_usaha";
  if (only(w, "MEREK", "MERK", "BRAND")) return "nama_usaha";
  if (
    any(w, "BIDANG", "JENIS", "SEKTOR", "KATEGORI", "KEGIATAN", "SUBSEKTOR") &&
    (any(w, ...BUSINESS) || w.size === 1)
  ) {
    return "bidang_usaha";
  }
  if (any(w, "NAMA") || only(w, "PEMILIK") || (any(w, "PELAKU") && any(w, "USAHA"))) return "nama";
  return null;
}

/** Role of a column under a two-row header: the sub-header, read with its group title. */
export function roleOfHeader(sub: string, group: string | null): ColumnRole | null {
  const subWords = wordsOf(sub);
  const groupWords = group ? wordsOf(group) : new Set<string>();
  if (group && subWords.size > 0) {
    const byContext = contextual(subWords, groupWords);
    if (byContext) return byContext;
  }
  const own = roleOfLabel(sub);
  if (own || !group) return own ?? (group ? roleOfLabel(group) : null);
  return roleOfLabel(`${group} ${sub}`);
}
