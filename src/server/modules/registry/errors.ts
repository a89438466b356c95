// The registry module's error codes: status and default message of each, in one table. A throw
// site names the code (`registryError("LIKELY_DUPLICATE", { details })`) and adds text only when it
// names the case.
import { REVEAL_REASON_MAX, REVEAL_REASON_MIN } from "../../../shared/reveal-reason";
import { moduleErrors } from "../../platform/errors";

export const REGISTRY_ERRORS = {
  IMPORT_DUPLICATE_FILE: {
    status: 409,
    id: "Berkas ini sudah pernah diimpor.",
    en: "This file was already imported.",
  },
  IMPORT_FILE_INVALID: {
    status: 422,
    id: "Berkas tidak bisa dibaca sebagai lembar registri.",
    en: "The file cannot be read as a register spreadsheet.",
  },
  IMPORT_UNDO_REFUSED: {
    status: 409,
    id: "Batch tidak dapat dibatalkan.",
    en: "The batch cannot be undone.",
  },
  INVALID_TRANSITION: {
    status: 409,
    id: "Status kendala tidak dapat diubah ke tahap itu (urutan: terbuka → ditangani → selesai).",
    en: "The constraint cannot move to that status (order: open → in progress → resolved).",
  },
  LIKELY_DUPLICATE: {
    status: 409,
    id: "Pemilik ini kemungkinan sudah terdaftar. Apakah ini orang yang sama? Pilih orang yang sama, atau simpan sebagai orang baru dengan alasan.",
    en: "This owner is probably registered already. Is this the same person? Choose the same person, or save as a new person with a reason.",
  },
  NIK_ALREADY_REGISTERED: {
    status: 409,
    id: 'NIK ini sudah terdaftar atas nama orang lain di register. Satu NIK untuk satu orang: pilih "orang yang sama", atau perbaiki NIK bila salah tulis.',
    en: 'This NIK already belongs to a registered person. One NIK is one person: choose "the same person", or correct the NIK if it was mistyped.',
  },
  REVEAL_REASON_REQUIRED: {
    status: 400,
    id: `Tuliskan alasan menampilkan NIK (${REVEAL_REASON_MIN}–${REVEAL_REASON_MAX} karakter).`,
    en: `Give a reason for showing the NIK (${REVEAL_REASON_MIN}–${REVEAL_REASON_MAX} characters).`,
  },
  SYNC_CONFLICT: {
    status: 409,
    id: "Data dengan ID perangkat ini sudah tersimpan dengan isi yang berbeda. Periksa kedua versi.",
    en: "A record with this device id was already saved with different content. Compare both versions.",
  },
} as const;

export type RegistryErrorCode = keyof typeof REGISTRY_ERRORS;
export const registryError = moduleErrors(REGISTRY_ERRORS);
