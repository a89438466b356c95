// What a form field error says, in Bahasa Indonesia first: what is wrong and how to fix it.
import type { FormErrorCode } from "./form-checks";

type Text = { id: string; en: string };

const MESSAGES: Record<FormErrorCode, Text> = {
  NIK_MISSING: {
    id: "NIK wajib diisi: 16 digit sesuai KTP.",
    en: "NIK is required: 16 digits as on the ID card.",
  },
  NIK_PRECISION_LOSS: {
    id: "NIK tampak berasal dari angka yang dibulatkan; ketik ulang 16 digit dari KTP.",
    en: "The NIK looks rounded from a number; type the 16 digits again from the ID card.",
  },
  NIK_CHARS: {
    id: "NIK hanya boleh berisi angka (huruf O bukan angka 0, huruf l bukan angka 1).",
    en: "A NIK holds digits only (letter O is not zero, letter l is not one).",
  },
  NIK_LENGTH: { id: "NIK harus tepat 16 digit.", en: "A NIK has exactly 16 digits." },
  NIK_PROVINCE: {
    id: "Dua digit pertama NIK bukan kode provinsi yang ada.",
    en: "The first two digits of the NIK are not a province code.",
  },
  NIK_DATE: {
    id: "Digit ke-7 s.d. 12 NIK bukan tanggal lahir yang mungkin (tanggal 01–31, perempuan ditambah 40; bulan 01–12).",
    en: "Digits 7–12 of the NIK are not a possible birth date (day 01–31, +40 for women; month 01–12).",
  },
  NIK_SERIAL: {
    id: "Empat digit terakhir NIK tidak boleh 0000.",
    en: "The last four digits of a NIK are never 0000.",
  },
  NIK_EQUALS_KK: {
    id: "NIK sama dengan No. KK; isi NIK pemilik sendiri.",
    en: "The NIK equals the family card number; enter the owner's own NIK.",
  },
  KK_INVALID: { id: "No. KK harus 16 digit angka.", en: "A family card number has 16 digits." },
  NIB_INVALID: {
    id: "NIB harus 13 digit angka (nomor IUMK/SKU bukan NIB).",
    en: "A NIB has 13 digits (IUMK/SKU permit numbers are not NIBs).",
  },
  PHONE_INVALID: {
    id: "Nomor HP tidak valid; tulis nomor seluler Indonesia, mis. 0812-3456-7890.",
    en: "Invalid phone number; enter an Indonesian mobile number, e.g. 0812-3456-7890.",
  },
  DATE_INVALID: { id: "Tanggal tidak ada di kalender.", en: "This date does not exist." },
  RT_RW_INVALID: { id: "RT/RW harus angka 1–999, mis. 002.", en: "RT/RW must be a number 1–999, e.g. 002." },
  NAME_MISSING: { id: "Nama wajib diisi.", en: "The name is required." },
  KBLI_VERSION_MISSING: {
    id: "Pilih versi KBLI (2020 atau 2025) untuk kode KBLI ini.",
    en: "Choose the KBLI edition (2020 or 2025) for this KBLI code.",
  },
  REGION_UNKNOWN: {
    id: "Kode wilayah tidak dikenal; pilih desa/kelurahan dari daftar wilayah.",
    en: "Unknown region code; choose the village from the region list.",
  },
};

export function formMessage(code: FormErrorCode, lang: "id" | "en"): string {
  return MESSAGES[code][lang];
}
