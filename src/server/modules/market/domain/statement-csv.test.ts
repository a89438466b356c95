import { describe, expect, it } from "vitest";
import { readStatementCsv } from "./statement-csv";

describe("readStatementCsv", () => {
  it("reads dates, credit amounts and descriptions in several bank layouts", () => {
    const csv = [
      "Tanggal;Keterangan;Mutasi;Saldo",
      '07/04/2020;"TRF MSK-7KQ4XZP SITI";175.321 CR;1.000.000',
      "2020-04-07,ANI TRANSFER,50.000",
      "07-04-20;BIAYA ADM;15.000 DB;985.000",
      "catatan tanpa tanggal",
    ].join("\n");
    expect(readStatementCsv(csv)).toEqual([
      { lineId: "2", date: "2020-04-07", amount: 175_321, description: "TRF MSK-7KQ4XZP SITI" },
      { lineId: "3", date: "2020-04-07", amount: 50_000, description: "ANI TRANSFER" },
    ]);
  });
});
