// Reason messages in Bahasa Indonesia, written for the office clerk who has to fix the row: what is
// wrong and what to do in Excel.

import type { ReasonCode } from "../domain";

export type MessageDetails = {
  /** The value as found in the cell, quoted back to the clerk. */
  readonly value?: string;
  /** Several values (the same reason on several fields of a row). */
  readonly values?: readonly string[];
  /** For the in-file duplicates (LIKELY_DUPLICATE, DUPLICATE_IN_FILE…): where the row was seen first. */
  readonly firstSeen?: { readonly sheet: string; readonly row: number };
  readonly villageReason?: "empty" | "not_found" | "other_regency";
  readonly regencyName?: string;
  readonly villageName?: string;
  /** For EXISTS_IN_REGISTER / LIKELY_IN_REGISTER: the registered owner and business; for
   * NIK_OTHER_NAME_IN_FILE: the name the NIK was first seen with. */
  readonly ownerName?: string;
  readonly businessName?: string | null;
};

const at = (d: MessageDetails) =>
  d.firstSeen ? `baris ${d.firstSeen.row} di sheet "${d.firstSeen.sheet}"` : "baris lain dalam berkas ini";
const short = (v: string) => (v.length > 40 ? `${v.slice(0, 40)}…` : v);
const quote = (v: string | undefined) => (v ? ` ("${short(v)}")` : "");
const quoteAll = (d: MessageDetails) =>
  d.values && d.values.length > 0 ? ` (${d.values.map((v) => `"${short(v)}"`).join(", ")})` : quote(d.value);

export function reasonMessage(code: ReasonCode, d: MessageDetails = {}): string {
  const v = quoteAll(d);
  switch (code) {
    case "NAME_MISSING":
      return "Nama pemilik kosong. Isi nama lengkap sesuai KTP.";
    case "NIK_MISSING":
      return `NIK kosong atau belum ada${v}. Isi 16 digit NIK sesuai KTP.`;
    case "NIK_PRECISION_LOSS":
      return `NIK tersimpan sebagai angka${v}, sehingga Excel membulatkan digit terakhirnya dan NIK tidak dapat dipercaya. Format kolom NIK sebagai Teks (Format Cells > Text), lalu ketik ulang NIK dari KTP.`;
    case "NIK_LENGTH":
      return `NIK harus 16 digit${v}. Periksa kembali NIK pada KTP; jika kolom berformat angka, ubah ke Teks lalu ketik ulang.`;
    case "NIK_CHARS":
      return `NIK berisi huruf atau tanda lain${v} (mis. huruf O untuk angka 0, huruf l untuk angka 1). NIK hanya berisi angka; ketik ulang dari KTP.`;
    case "NIK_DATE":
      return `Digit ke-7 s.d. 10 NIK bukan tanggal lahir yang mungkin${v} (tanggal 01–31, untuk perempuan ditambah 40; bulan 01–12). Periksa kembali NIK pada KTP.`;
    case "NIK_PROVINCE":
      return `Dua digit pertama NIK bukan kode provinsi${v}. Periksa kembali NIK pada KTP.`;
    case "NIK_SERIAL":
      return "Empat digit terakhir NIK 0000 tidak pernah diterbitkan; biasanya tanda NIK pernah tersimpan sebagai angka. Periksa NIK pada KTP.";
    case "NIK_EQUALS_KK":
      return "NIK sama dengan No. KK. Isi NIK pemilik sendiri (bukan nomor Kartu Keluarga).";
    case "REGION_UNKNOWN":
      return regionMessage(d);
    case "DATE_INVALID":
      return `Tanggal lahir bukan tanggal yang benar${v}; kolom ini dikosongkan. Tulis dengan format hari-bulan-tahun, mis. 12-05-1980 atau 12 Mei 1980.`;
    case "PHONE_INVALID":
      return `Nomor HP tidak valid${v} (terlalu pendek/panjang atau bukan nomor seluler); kolom ini dikosongkan. Tulis seperti 0812-3456-7890.`;
    case "MONEY_INVALID":
      return `Omzet bukan angka${v}; kolom ini dikosongkan. Isi perkiraan dalam rupiah, mis. 1.500.000 atau 1,5 juta.`;
    case "KK_PRECISION_LOSS":
      return "No. KK tersimpan sebagai angka sehingga digit terakhirnya hilang; kolom ini dikosongkan. Format kolom sebagai Teks lalu ketik ulang dari Kartu Keluarga.";
    case "KK_INVALID":
      return `No. KK harus 16 digit angka${v}; kolom ini dikosongkan.`;
    case "NIK_DOB_MISMATCH":
      return "Tanggal lahir berbeda dengan tanggal lahir di dalam NIK. Keduanya disimpan; periksa KTP.";
    case "NIK_SEX_MISMATCH":
      return "Jenis kelamin berbeda dengan NIK (pada NIK perempuan, tanggal lahir ditambah 40). Periksa KTP.";
    case "LIKELY_DUPLICATE":
      return d.firstSeen
        ? `Kemungkinan orang yang sama dengan baris ${d.firstSeen.row} di sheet "${d.firstSeen.sheet}". Kedua baris tetap diimpor; periksa apakah data ganda.`
        : "Kemungkinan orang yang sama tercatat dua kali dalam berkas ini.";
    case "DUPLICATE_IN_FILE":
      return `Baris ganda: NIK, nama pemilik dan nama usaha sama dengan ${at(d)}. Baris ini tidak disimpan lagi; data ${at(d)} yang disimpan.`;
    case "SAME_OWNER_IN_FILE":
      return `Pemilik yang sama (NIK dan nama) sudah ada di ${at(d)} dengan usaha lain. Pemilik disimpan satu kali dan usaha di baris ini ditambahkan kepadanya.`;
    case "NIK_OTHER_NAME_IN_FILE":
      return `NIK ini sudah dipakai di ${at(d)} atas nama lain${quote(d.ownerName)}: salah ketik NIK atau nama, atau satu NIK dipakai dua orang. Baris ini tidak disimpan; periksa KTP, perbaiki berkas, lalu impor ulang baris ini.`;
    case "EXISTS_IN_REGISTER":
      return `NIK ini sudah terdaftar atas nama ${d.ownerName ?? "-"}${d.businessName ? ` (${d.businessName})` : ""}. Pilih: perbarui data yang ada (bawaan), tambah usaha baru pemilik ini, atau lewati.`;
    case "LIKELY_IN_REGISTER":
      return `Kemungkinan sudah terdaftar: ${d.ownerName ?? "-"}${d.businessName ? ` (${d.businessName})` : ""} dengan nama, tanggal lahir dan desa/no. HP yang sama. Pilih: perbarui data yang ada (bawaan), tambah usaha baru, atau lewati.`;
    case "MONEY_PARSED":
      return `Omzet ditulis sebagai teks${v} dan dibaca sebagai angka rupiah.`;
    case "MULTIPLE_PHONES":
      return `Ada lebih dari satu nomor HP${v}; yang pertama dipakai.`;
    case "NIK_TRAILING_ZERO":
      return "NIK berakhiran 0 (tersimpan sebagai teks, jadi tetap diterima).";
    case "NIK_DISTRICT_UNKNOWN":
      return "Kode kecamatan dalam NIK tidak ada di daftar wilayah terbaru (mungkin kode lama atau hasil pemekaran). NIK tetap diterima.";
    case "REGION_AMBIGUOUS":
      return `Nama desa/kelurahan${quote(d.villageName)} ada di lebih dari satu kecamatan; dipilih kode terkecil. Tambahkan kolom kecamatan agar pasti.`;
    case "SEX_UNKNOWN":
      return `Jenis kelamin tidak dikenali${v}; gunakan L atau P.`;
    case "RT_RW_INVALID":
      return `RT/RW tidak dikenali${v}; tulis seperti 002/005.`;
    case "NIB_INVALID":
      return `Bukan NIB 13 digit${v} (IUMK/SKU bukan NIB); kolom NIB dikosongkan.`;
    case "COUNT_INVALID":
      return `Jumlah karyawan bukan bilangan bulat${v}; kolom ini dikosongkan.`;
    case "TERDAMPAK_UNKNOWN":
      return `Isian terdampak tidak dikenali${v}; gunakan Ya atau Tidak.`;
  }
}

function regionMessage(d: MessageDetails): string {
  const scope = d.regencyName ? ` ${d.regencyName}` : " kabupaten/kota ini";
  switch (d.villageReason) {
    case "empty":
      return `Desa/kelurahan kosong. Isi nama desa/kelurahan di wilayah${scope}.`;
    case "other_regency":
      return `Desa/kelurahan${quote(d.value)} tidak ada di${scope}, tetapi ada di kabupaten/kota lain. Baris ini bukan wilayah kantor Anda: perbaiki atau kirim ke kantor yang berwenang.`;
    default:
      return `Desa/kelurahan${quote(d.value)} tidak ditemukan di${scope}. Periksa ejaan nama desa/kelurahan.`;
  }
}
