// The linkage module's error codes: status and default message of each, in one table. A throw site
// names the code (`linkageError("STALE_PAIR")`) and adds text only when it names the case.
import { moduleErrors } from "../../platform/errors";

export const LINKAGE_ERRORS = {
  ALREADY_DECIDED: {
    status: 409,
    id: "Pasangan ini sudah diputuskan oleh peninjau lain.",
    en: "This pair was already decided by another reviewer.",
  },
  STALE_PAIR: {
    status: 409,
    id: "Salah satu catatan sudah digabung atau tidak lagi ada. Muat ulang antrean.",
    en: "One of the records was merged already or no longer exists. Reload the queue.",
  },
  ALREADY_UNDONE: {
    status: 409,
    id: "Penggabungan ini sudah dibatalkan.",
    en: "This merge was undone already.",
  },
  LIST_FILE_UNREADABLE: {
    status: 400,
    id: "Berkas daftar tidak bisa dibaca.",
    en: "The list file could not be read.",
  },
  LIST_TOO_LARGE: { status: 413, id: "Daftar terlalu besar.", en: "The list is too large." },
  LIST_NO_COLUMNS: {
    status: 400,
    id: "Tidak ada baris dengan kolom NIK atau Nama. Pastikan baris judul kolom memuat NIK dan Nama.",
    en: "No row has a NIK or name column. Make sure the header row names the NIK and name columns.",
  },
} as const;

export type LinkageErrorCode = keyof typeof LINKAGE_ERRORS;
export const linkageError = moduleErrors(LINKAGE_ERRORS);
