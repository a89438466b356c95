// A bank's disbursement file is accepted whole or rejected whole: a file that contradicts itself or
// an earlier import cannot be half-trusted. Mismatches with the approved list (unknown NIK, other
// name, paid twice) are not conflicts: they are accepted and listed by the reconciliation.

import { hasNikShape } from "../../../../shared/nik";
import type { Text } from "./problems";
import type { PaymentStatus } from "./vocab";

/** One data row as the reader saw it; `nikIsNumber` is true when the cell was numeric (precision lost). */
export type BankRowInput = {
  readonly row: number;
  readonly nik: string | null;
  readonly nikIsNumber: boolean;
  readonly name: string | null;
  readonly account: string | null;
  readonly amount: string | null;
  readonly reference: string | null;
  readonly paidOn: string | null;
  readonly status: string | null;
};

export type BankRow = {
  readonly row: number;
  readonly nik: string;
  readonly name: string;
  readonly account: string | null;
  readonly amount: number;
  readonly reference: string;
  readonly paidOn: string | null;
  readonly status: PaymentStatus;
};

export type BankConflict = { readonly row: number | null; readonly code: string; readonly text: Text };

export type BankFileResult =
  | { readonly kind: "accepted"; readonly rows: BankRow[] }
  | { readonly kind: "rejected"; readonly conflicts: BankConflict[] };

const STATUS_WORDS: Record<string, PaymentStatus> = {
  PAID: "paid",
  BERHASIL: "paid",
  SUKSES: "paid",
  DIBAYAR: "paid",
  TERSALUR: "paid",
  FAILED: "failed",
  GAGAL: "failed",
  RETUR: "failed",
  DITOLAK: "failed",
};

function parseAmount(text: string | null): number | null {
  if (!text) return null;
  const digits = text
    .replace(/^Rp\.?\s*/i, "")
    .replace(/\./g, "")
    .replace(/,00$/, "")
    .trim();
  return /^\d{1,13}$/.test(digits) ? Number(digits) : null;
}

function parseDate(text: string | null): string | null | "invalid" {
  if (!text || text.trim() === "") return null;
  const t = text.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(t);
  const dmy = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4})$/.exec(t);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : dmy ? [dmy[3], dmy[2], dmy[1]] : [];
  if (!y || !m || !d) return "invalid";
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (date.getUTCMonth() !== Number(m) - 1 || date.getUTCDate() !== Number(d)) return "invalid";
  return date.toISOString().slice(0, 10);
}

const conflict = (row: number | null, code: string, id: string, en: string): BankConflict => ({
  row,
  code,
  text: { id, en },
});

function readRow(r: BankRowInput, out: BankConflict[]): BankRow | null {
  const before = out.length;
  const nik = (r.nik ?? "").replace(/[\s.-]/g, "");
  if (r.nikIsNumber)
    out.push(
      conflict(
        r.row,
        "NIK_NOT_TEXT",
        "NIK ditulis sebagai angka (digit terakhir bisa hilang)",
        "NIK stored as a number (last digits may be lost)",
      ),
    );
  else if (!hasNikShape(nik))
    out.push(conflict(r.row, "NIK_FORMAT", "NIK bukan 16 digit", "NIK is not 16 digits"));
  const amount = parseAmount(r.amount);
  if (amount === null || amount <= 0)
    out.push(conflict(r.row, "AMOUNT_INVALID", "nominal tidak terbaca", "amount unreadable"));
  const status = STATUS_WORDS[(r.status ?? "").trim().toUpperCase()];
  if (!status)
    out.push(conflict(r.row, "STATUS_INVALID", "status bukan BERHASIL/GAGAL", "status is not PAID/FAILED"));
  const paidOn = parseDate(r.paidOn);
  if (paidOn === "invalid")
    out.push(conflict(r.row, "DATE_INVALID", "tanggal salur tidak valid", "invalid payment date"));
  const reference = (r.reference ?? "").trim();
  if (reference === "")
    out.push(conflict(r.row, "REFERENCE_MISSING", "nomor referensi kosong", "reference missing"));
  const name = (r.name ?? "").trim();
  if (name === "") out.push(conflict(r.row, "NAME_MISSING", "nama kosong", "name missing"));
  if (out.length > before || amount === null || !status || paidOn === "invalid") return null;
  return { row: r.row, nik, name, account: r.account?.trim() || null, amount, reference, paidOn, status };
}

/** Validates a whole bank file against itself and against references already imported. */
export function validateBankFile(input: {
  rows: readonly BankRowInput[];
  fileSha256: string;
  importedSha256: ReadonlySet<string>;
  importedReferences: ReadonlySet<string>;
}): BankFileResult {
  const conflicts: BankConflict[] = [];
  if (input.importedSha256.has(input.fileSha256)) {
    conflicts.push(
      conflict(
        null,
        "FILE_ALREADY_IMPORTED",
        "berkas yang sama sudah pernah diimpor",
        "the same file was imported before",
      ),
    );
  }
  if (input.rows.length === 0)
    conflicts.push(conflict(null, "EMPTY_FILE", "berkas tidak berisi baris", "the file has no rows"));
  const rows: BankRow[] = [];
  const refs = new Map<string, number>();
  for (const r of input.rows) {
    const row = readRow(r, conflicts);
    if (!row) continue;
    const first = refs.get(row.reference);
    if (first !== undefined) {
      conflicts.push(
        conflict(
          r.row,
          "REFERENCE_REPEATED",
          `referensi ${row.reference} sama dengan baris ${first}`,
          `reference ${row.reference} repeats row ${first}`,
        ),
      );
    } else if (input.importedReferences.has(row.reference)) {
      conflicts.push(
        conflict(
          r.row,
          "REFERENCE_ALREADY_IMPORTED",
          `referensi ${row.reference} sudah diimpor sebelumnya`,
          `reference ${row.reference} was already imported`,
        ),
      );
    }
    refs.set(row.reference, r.row);
    rows.push(row);
  }
  return conflicts.length > 0 ? { kind: "rejected", conflicts } : { kind: "accepted", rows };
}
