// The aid module's error codes: status and default message of each, in one table. A throw site
// names the code (`aidError("AID_EMPTY_PROPOSAL")`) and adds text only when it names the case.
import { moduleErrors } from "../../platform/errors";

export const AID_ERRORS = {
  AID_BANK_FILE_REJECTED: {
    status: 422,
    id: "Berkas bank ditolak seluruhnya.",
    en: "Bank file rejected as a whole.",
  },
  AID_DECISION_FILE_REJECTED: { status: 422, id: "Berkas keputusan ditolak.", en: "Decision file rejected." },
  AID_EMPTY_PROPOSAL: {
    status: 409,
    id: "Usulan belum berisi penerima.",
    en: "The proposal has no recipients.",
  },
  AID_EXPORT_INVALID: {
    status: 422,
    id: "Daftar belum memenuhi templat kementerian.",
    en: "The list does not meet the ministry template.",
  },
  AID_FILE_COLUMNS: { status: 400, id: "Kolom wajib tidak ditemukan.", en: "Required columns not found." },
  AID_FILE_REFUSED: {
    status: 422,
    id: "Berkas ditolak (bukan xlsx/CSV, terlalu besar saat dibuka, atau terlalu banyak baris).",
    en: "The file is refused (not xlsx/CSV, too large when opened, or too many rows).",
  },
  AID_FILE_UNREADABLE: {
    status: 400,
    id: "Berkas tidak bisa dibaca (xlsx atau CSV).",
    en: "The file cannot be read (xlsx or CSV).",
  },
  AID_NOT_IN_KIND: {
    status: 409,
    id: "Hanya bantuan barang yang mengambil stok.",
    en: "Only in-kind aid draws on stock.",
  },
  AID_STOCK_SHORT: {
    status: 409,
    id: "Stok barang dari pengadaan tidak cukup.",
    en: "Not enough goods left from the procurement.",
  },
  AID_HANDOVER_REFUSED: { status: 409, id: "Penyerahan ditolak.", en: "The handover is refused." },
  AID_INVALID_TRANSITION: {
    status: 409,
    id: "Langkah ini tidak bisa dilakukan pada status usulan sekarang.",
    en: "This step is not possible in the proposal's current status.",
  },
  AID_NOT_FROZEN: {
    status: 409,
    id: "Daftar belum disetujui dan dibekukan.",
    en: "The list is not approved and frozen yet.",
  },
  AID_PROBLEM_NOT_FOUND: {
    status: 404,
    id: "Masalah tidak ditemukan pada penerima ini.",
    en: "No such problem on this recipient.",
  },
  AID_PROPOSAL_LOCKED: {
    status: 409,
    id: "Usulan tidak bisa diubah pada status ini.",
    en: "The proposal cannot be changed in this status.",
  },
  AID_QUOTA_EXCEEDED: {
    status: 409,
    id: "Jumlah penerima melebihi kuota.",
    en: "The recipients exceed the quota.",
  },
  AID_REGION_OUTSIDE_PROGRAMME: {
    status: 400,
    id: "Wilayah pengusul di luar cakupan program.",
    en: "The proposer's region lies outside the programme.",
  },
  AID_UNRESOLVED_PROBLEMS: {
    status: 409,
    id: "Ada masalah yang belum diselesaikan atau diberi alasan tertulis.",
    en: "Some problems are neither resolved nor justified in writing.",
  },
} as const;

export type AidErrorCode = keyof typeof AID_ERRORS;
export const aidError = moduleErrors(AID_ERRORS);
