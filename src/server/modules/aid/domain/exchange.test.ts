import { describe, expect, it } from "vitest";
import { type BankRowInput, validateBankFile } from "./bank-file";
import { readDecisionRows } from "./decision-file";
import { freezeList, sha256Hex } from "./snapshot";
import { dayStats } from "./stats";
import { type TemplateRow, validateTemplate } from "./template";

const row = (n: number, patch: Partial<BankRowInput> = {}): BankRowInput => ({
  row: n,
  nik: `131001010180000${n}`,
  nikIsNumber: false,
  name: "Budi",
  account: "0123",
  amount: "2.400.000",
  reference: `REF${n}`,
  paidOn: "2020-09-01",
  status: "BERHASIL",
  ...patch,
});

function bank(rows: BankRowInput[], opts: { sha?: string; shas?: string[]; refs?: string[] } = {}) {
  const out = validateBankFile({
    rows,
    fileSha256: opts.sha ?? "f1",
    importedSha256: new Set(opts.shas ?? []),
    importedReferences: new Set(opts.refs ?? []),
  });
  return out.kind === "accepted"
    ? `accepted:${out.rows.length}`
    : out.conflicts.map((c) => `${c.code}@${c.row}`).join(",");
}

describe("validateBankFile: accepted whole or rejected whole", () => {
  const table: Array<[string, BankRowInput[], Parameters<typeof bank>[1], string]> = [
    ["clean file", [row(1), row(2)], {}, "accepted:2"],
    [
      "same NIK twice with two references is accepted (reconciliation flags it)",
      [row(1), row(2, { nik: row(1).nik })],
      {},
      "accepted:2",
    ],
    ["Rp amounts and GAGAL status", [row(1, { amount: "Rp2.400.000", status: "gagal" })], {}, "accepted:1"],
    ["NIK stored as a number", [row(1), row(2, { nikIsNumber: true })], {}, "NIK_NOT_TEXT@2"],
    ["short NIK", [row(1, { nik: "13100101" })], {}, "NIK_FORMAT@1"],
    ["unreadable amount", [row(1, { amount: "dua juta" })], {}, "AMOUNT_INVALID@1"],
    ["unknown status", [row(1, { status: "PENDING" })], {}, "STATUS_INVALID@1"],
    ["impossible date", [row(1, { paidOn: "31/02/2020" })], {}, "DATE_INVALID@1"],
    ["repeated reference", [row(1), row(2, { reference: "REF1" })], {}, "REFERENCE_REPEATED@2"],
    ["reference imported before", [row(1)], { refs: ["REF1"] }, "REFERENCE_ALREADY_IMPORTED@1"],
    ["same file twice", [row(1)], { sha: "x", shas: ["x"] }, "FILE_ALREADY_IMPORTED@null"],
    ["empty file", [], {}, "EMPTY_FILE@null"],
  ];
  for (const [name, rows, opts, expected] of table) it(name, () => expect(bank(rows, opts)).toBe(expected));
});

describe("freezeList", () => {
  const rows = [
    { nik: "2", noKk: null, name: "B", address: "x\ty", sector: "kuliner", phone: null, amount: 2_400_000 },
    { nik: "1", noKk: "9", name: "A", address: null, sector: null, phone: "+62812", amount: 2_400_000 },
  ];
  it("hashes a canonical text independent of row order", () => {
    const a = freezeList({ programmeId: "p", proposalId: "q", version: 1 }, rows);
    const b = freezeList({ programmeId: "p", proposalId: "q", version: 1 }, [...rows].reverse());
    expect(a.sha256).toBe(b.sha256);
    expect(a.sha256).toBe(sha256Hex(a.canonical));
    expect(a.canonical.split("\n")[1]?.startsWith("1\t9\tA")).toBe(true);
    expect(a).toMatchObject({ itemCount: 2, totalAmount: 4_800_000 });
  });
  it("a changed name or a new version changes the hash", () => {
    const a = freezeList({ programmeId: "p", proposalId: "q", version: 1 }, rows);
    expect(freezeList({ programmeId: "p", proposalId: "q", version: 2 }, rows).sha256).not.toBe(a.sha256);
    expect(
      freezeList({ programmeId: "p", proposalId: "q", version: 1 }, [{ ...rows[0]!, name: "C" }, rows[1]!])
        .sha256,
    ).not.toBe(a.sha256);
  });
});

describe("validateTemplate", () => {
  const ok: TemplateRow = {
    nik: "1310010101800001",
    noKk: "1310010101100009",
    name: "Budi",
    address: "Jl. A",
    sector: "kuliner",
    phone: "+6281234567890",
    businessName: null,
    regionCode: "13.10",
    amount: 2_400_000,
    openProblems: 0,
  };
  const table: Array<[string, TemplateRow[], string[]]> = [
    ["valid", [ok], []],
    ["NIK with letters", [{ ...ok, nik: "13100101018O0001" }], ["NIK"]],
    ["missing KK", [{ ...ok, noKk: null }], ["No. KK"]],
    ["bad phone", [{ ...ok, phone: "0812" }], ["No. HP"]],
    ["open problems", [{ ...ok, openProblems: 2 }], ["Masalah"]],
    ["NIK twice", [ok, ok], ["NIK"]],
  ];
  for (const [name, rows, fields] of table)
    it(name, () => expect(validateTemplate(rows, { requireKk: true }).map((i) => i.field)).toEqual(fields));
});

describe("readDecisionRows", () => {
  it("reads outcomes and refuses bad rows", () => {
    const out = readDecisionRows([
      { row: 1, nik: "1310010101800001", nikIsNumber: false, name: "A", outcome: "DISETUJUI", reason: null },
      { row: 2, nik: "1310010101800002", nikIsNumber: false, name: "B", outcome: "Ditolak", reason: "PNS" },
      { row: 3, nik: "1310010101800003", nikIsNumber: true, name: "C", outcome: "DISETUJUI", reason: null },
      { row: 4, nik: "1310010101800001", nikIsNumber: false, name: "A", outcome: "DISETUJUI", reason: null },
      { row: 5, nik: "1310010101800005", nikIsNumber: false, name: "E", outcome: "mungkin", reason: null },
    ]);
    expect(out.rows.map((r) => [r.row, r.outcome, r.reason])).toEqual([
      [1, "approved", null],
      [2, "rejected", "PNS"],
    ]);
    expect(out.issues.map((i) => `${i.code}@${i.row}`)).toEqual([
      "NIK_FORMAT@3",
      "NIK_REPEATED@4",
      "OUTCOME_INVALID@5",
    ]);
  });
});

describe("dayStats", () => {
  it("median of even and odd counts", () => {
    expect(dayStats([3, 1, 2])).toMatchObject({ count: 3, median: 2, min: 1, max: 3 });
    expect(dayStats([1, 2, 3, 10])).toMatchObject({ median: 2.5, mean: 4 });
    expect(dayStats([])).toMatchObject({ count: 0, median: null });
  });
});
