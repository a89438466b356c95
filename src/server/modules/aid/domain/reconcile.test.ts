import { describe, expect, it } from "vitest";
import { type ListedRecipient, type Payment, reconcile } from "./reconcile";

const AMOUNT = 2_400_000;
const r = (nik: string, name: string, patch: Partial<ListedRecipient> = {}): ListedRecipient => ({
  itemId: `i${nik}`,
  nik,
  name,
  listed: true,
  decision: null,
  excludedReason: null,
  ...patch,
});
const pay = (nik: string, name: string, ref: string, patch: Partial<Payment> = {}): Payment => ({
  batchId: "b",
  row: 1,
  nik,
  name,
  amount: AMOUNT,
  reference: ref,
  status: "paid",
  ...patch,
});

function kinds(recipients: ListedRecipient[], payments: Payment[]) {
  return reconcile({ amount: AMOUNT, recipients, payments })
    .findings.map((f) => `${f.kind}:${f.nik}`)
    .sort();
}

describe("reconcile", () => {
  const A = r("1", "Budi Santoso");
  const B = r("2", "Siti Aminah");
  const table: Array<[string, ListedRecipient[], Payment[], string[]]> = [
    ["all paid", [A, B], [pay("1", "BUDI SANTOSO", "x1"), pay("2", "SITI AMINAH", "x2")], []],
    [
      "unknown NIK paid",
      [A],
      [pay("1", "Budi Santoso", "x1"), pay("9", "Orang Lain", "x9")],
      ["nik_unknown:9"],
    ],
    ["name differs", [A], [pay("1", "Rahmat Hidayat", "x1")], ["name_differs:1"]],
    ["paid twice", [A], [pay("1", "Budi Santoso", "x1"), pay("1", "Budi Santoso", "x2")], ["paid_twice:1"]],
    [
      "paid though rejected by the ministry",
      [r("1", "Budi Santoso", { decision: "rejected" })],
      [pay("1", "Budi Santoso", "x1")],
      ["paid_though_excluded:1"],
    ],
    [
      "paid though removed in a later version",
      [r("1", "Budi Santoso", { excludedReason: "removed_v2" })],
      [pay("1", "Budi Santoso", "x1")],
      ["paid_though_excluded:1"],
    ],
    ["approved but not paid", [A, B], [pay("1", "Budi Santoso", "x1")], ["not_paid:2"]],
    ["failed payment", [A], [pay("1", "Budi Santoso", "x1", { status: "failed" })], ["payment_failed:1"]],
    ["wrong amount", [A], [pay("1", "Budi Santoso", "x1", { amount: 1_200_000 })], ["amount_differs:1"]],
  ];
  for (const [name, recipients, payments, expected] of table)
    it(name, () => expect(kinds(recipients, payments)).toEqual(expected));

  it("counts proposed, approved and paid", () => {
    const out = reconcile({
      amount: AMOUNT,
      recipients: [A, B, r("3", "X", { decision: "rejected" })],
      payments: [pay("1", "Budi Santoso", "x1"), pay("1", "Budi Santoso", "x2")],
    });
    expect(out).toMatchObject({ proposed: 3, approved: 2, paid: 1, paidAmount: 4_800_000 });
  });
});
