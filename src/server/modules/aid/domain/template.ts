// The ministry's proposal template (BPUM fields: NIK, No. KK, Nama, Alamat, Bidang Usaha, No. HP)
// plus the programme's own columns. Rows are validated before export: a file the ministry rejects
// costs a regency weeks.
import { isNoKkDigits } from "../../../../shared/kk";
import { checkNik } from "../../../../shared/nik";
import { isE164Mobile } from "../../../../shared/phone";
import type { Text } from "./problems";

export const TEMPLATE_COLUMNS = [
  "No",
  "NIK",
  "No. KK",
  "Nama",
  "Alamat",
  "Bidang Usaha",
  "No. HP",
  "Nama Usaha",
  "Kode Wilayah",
  "Nominal",
] as const;

/** Columns written as TEXT cells, so Excel never turns an identifier into a rounded number. */
export const TEXT_COLUMNS: ReadonlySet<string> = new Set(["NIK", "No. KK", "No. HP", "Kode Wilayah"]);

export type TemplateRow = {
  readonly nik: string;
  readonly noKk: string | null;
  readonly name: string;
  readonly address: string | null;
  readonly sector: string | null;
  readonly phone: string | null;
  readonly businessName: string | null;
  readonly regionCode: string;
  readonly amount: number;
  readonly openProblems: number;
};

export type TemplateIssue = {
  readonly row: number;
  readonly nik: string;
  readonly field: string;
  readonly text: Text;
};

const issue = (row: number, nik: string, field: string, id: string, en: string): TemplateIssue => ({
  row,
  nik,
  field,
  text: { id, en },
});

function rowIssues(r: TemplateRow, row: number, requireKk: boolean): TemplateIssue[] {
  const out: TemplateIssue[] = [];
  const nik = checkNik(r.nik);
  if (nik.kind === "invalid")
    out.push(issue(row, r.nik, "NIK", `NIK tidak valid (${nik.code})`, `invalid NIK (${nik.code})`));
  if (r.noKk !== null && r.noKk !== "" && !isNoKkDigits(r.noKk))
    out.push(issue(row, r.nik, "No. KK", "No. KK harus 16 digit", "No. KK must have 16 digits"));
  if (requireKk && !r.noKk) out.push(issue(row, r.nik, "No. KK", "No. KK wajib diisi", "No. KK is required"));
  if (r.name.trim() === "") out.push(issue(row, r.nik, "Nama", "nama kosong", "name is empty"));
  if (r.phone && !isE164Mobile(r.phone))
    out.push(issue(row, r.nik, "No. HP", "No. HP tidak valid", "invalid phone number"));
  if (r.openProblems > 0) {
    out.push(
      issue(
        row,
        r.nik,
        "Masalah",
        `${r.openProblems} masalah belum diselesaikan`,
        `${r.openProblems} unresolved problems`,
      ),
    );
  }
  return out;
}

/** Every issue that blocks the export; empty means the file may be written. */
export function validateTemplate(
  rows: readonly TemplateRow[],
  opts: { requireKk: boolean },
): TemplateIssue[] {
  const out: TemplateIssue[] = [];
  const seen = new Map<string, number>();
  rows.forEach((r, i) => {
    const row = i + 1;
    out.push(...rowIssues(r, row, opts.requireKk));
    const first = seen.get(r.nik);
    if (first !== undefined)
      out.push(issue(row, r.nik, "NIK", `NIK ganda dengan baris ${first}`, `NIK repeats row ${first}`));
    else seen.set(r.nik, row);
  });
  return out;
}

export function templateCells(r: TemplateRow, row: number): Array<string | number> {
  return [
    row,
    r.nik,
    r.noKk ?? "",
    r.name,
    r.address ?? "",
    r.sector ?? "",
    r.phone ?? "",
    r.businessName ?? "",
    r.regionCode,
    r.amount,
  ];
}
