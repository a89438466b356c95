// Reads a bank statement exported as CSV into statement lines: the first cell that looks like a date,
// the credit amount (the cell marked CR, else the first amount: later ones are balances) and the
// longest text as description, whatever the bank's column order. Debit lines and headers are skipped.

import { parseRupiah } from "../../../../shared/money-parse";
import type { StatementLine } from "./match-statement";

function toIsoDate(cell: string): string | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(cell);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2,4})$/.exec(cell);
  if (!dmy) return null;
  const year = (dmy[3] ?? "").length === 2 ? `20${dmy[3]}` : dmy[3];
  return `${year}-${(dmy[2] ?? "").padStart(2, "0")}-${(dmy[1] ?? "").padStart(2, "0")}`;
}

function splitCells(line: string): string[] {
  const separator = line.includes(";") ? ";" : line.includes("\t") ? "\t" : ",";
  const cells: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === separator && !quoted) {
      cells.push(current.trim());
      current = "";
    } else current += ch;
  }
  cells.push(current.trim());
  return cells;
}

export function readStatementCsv(text: string): StatementLine[] {
  const out: StatementLine[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const cells = splitCells(raw).filter((c) => c !== "");
    const date = cells.map(toIsoDate).find((d): d is string => d !== null);
    if (!date) return;
    if (/\b(DB|DEBIT)\b/i.test(raw)) return;
    // The mutation, not the balance: a cell marked CR when the bank marks them, else the first amount.
    const numeric = cells.filter((c) => !toIsoDate(c) && /\d/.test(c) && /^[\s\d.,Rrp+-]+(CR)?$/i.test(c));
    const credit = numeric.find((c) => /CR$/i.test(c)) ?? numeric[0];
    const parsed = credit ? parseRupiah(credit.replace(/CR$/i, "").replace(/^\+/, "").trim()) : null;
    const amount = parsed?.ok ? parsed.value : undefined;
    if (amount === undefined || amount <= 0) return;
    const description =
      cells
        .filter((c) => !toIsoDate(c) && !/^[\s\d.,Rrp+-]+(CR)?$/i.test(c))
        .sort((a, b) => b.length - a.length)[0] ?? "";
    out.push({ lineId: String(index + 1), date, amount, description });
  });
  return out;
}
