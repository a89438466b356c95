import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatRupiah, groupDigits, rupiah, sumRupiah, terbilang, terbilangRupiah } from "./money";
import { parseRupiah, readRupiahText } from "./money-parse";

describe("formatRupiah", () => {
  it.each([
    [0, "Rp0"],
    [5, "Rp5"],
    [999, "Rp999"],
    [5000, "Rp5.000"],
    [10000, "Rp10.000"],
    [2400000, "Rp2.400.000"],
    [-5000, "-Rp5.000"],
    [1234567890123, "Rp1.234.567.890.123"],
  ])("%d → %s", (n, text) => {
    expect(formatRupiah(n)).toBe(text);
  });

  it("rejects fractions instead of printing them", () => {
    expect(() => formatRupiah(1.5)).toThrow(RangeError);
  });

  it("groups English numbers with commas", () => {
    expect(groupDigits(2000, ",")).toBe("2,000");
    expect(groupDigits(-1234567, ",")).toBe("-1,234,567");
  });
});

describe("rupiah helpers", () => {
  it("sums and brands", () => {
    expect(sumRupiah([rupiah(5000), rupiah(-2000)])).toBe(3000);
    expect(() => rupiah(0.1 + 0.2)).toThrow(RangeError);
  });
});

describe("terbilang", () => {
  it.each([
    [0, "nol"],
    [1, "satu"],
    [10, "sepuluh"],
    [11, "sebelas"],
    [12, "dua belas"],
    [19, "sembilan belas"],
    [20, "dua puluh"],
    [21, "dua puluh satu"],
    [100, "seratus"],
    [101, "seratus satu"],
    [110, "seratus sepuluh"],
    [111, "seratus sebelas"],
    [250, "dua ratus lima puluh"],
    [1000, "seribu"],
    [1001, "seribu satu"],
    [1500, "seribu lima ratus"],
    [11000, "sebelas ribu"],
    [100000, "seratus ribu"],
    [101000, "seratus satu ribu"],
    [5000, "lima ribu"],
    [1000000, "satu juta"],
    [1001000, "satu juta seribu"],
    [2400000, "dua juta empat ratus ribu"],
    [10000000, "sepuluh juta"],
    [1000000000, "satu miliar"],
    [2000000000000, "dua triliun"],
    [1000000000000000, "satu kuadriliun"],
    [-5000, "minus lima ribu"],
  ])("%d → %s", (n, words) => {
    expect(terbilang(n)).toBe(words);
  });

  it("adds the currency word for legal texts", () => {
    expect(terbilangRupiah(2400000)).toBe("dua juta empat ratus ribu rupiah");
  });

  it("never produces double or edge spaces and never says 'satu ribu'", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (n) => {
        const words = terbilang(n);
        expect(words).not.toMatch(/ {2}|^ | $/);
        expect(words).not.toMatch(/(^| )satu (ratus|puluh|belas)/);
        // "satu ribu" is only right after "puluh"/"ratus" (91.000, 101.000), else it is "seribu".
        expect(words).not.toMatch(/(^|juta |miliar |triliun )satu ribu/);
      }),
    );
  });
});

describe("parseRupiah", () => {
  it.each([
    ["Rp 1.500.000", 1500000],
    ["Rp1.500.000", 1500000],
    ["Rp. 5.000", 5000],
    ["rp5.000", 5000],
    ["IDR 2.400.000", 2400000],
    ["1,5 jt", 1500000],
    ["1.5 jt", 1500000],
    ["2 juta", 2000000],
    ["750 rb", 750000],
    ["750rb", 750000],
    ["1,25 rb", 1250],
    ["1.500 rb", 1500000],
    ["5000", 5000],
    ["1.500.000,00", 1500000],
    ["2 M", 2000000000],
    ["-Rp5.000", -5000],
    ["Rp\u00a02.400.000", 2400000],
  ])("%s → %d", (text, value) => {
    expect(parseRupiah(text)).toEqual({ ok: true, value });
  });

  it.each([
    ["", "EMPTY"],
    ["abc", "INVALID_FORMAT"],
    ["2.4", "INVALID_FORMAT"],
    ["1.50.000", "INVALID_FORMAT"],
    ["1,5", "NOT_WHOLE_RUPIAH"],
    ["1.500,50", "NOT_WHOLE_RUPIAH"],
    ["1,2345 rb", "NOT_WHOLE_RUPIAH"],
    ["1,2,3", "INVALID_FORMAT"],
    ["99999999999 jt", "TOO_LARGE"],
  ])("%s → %s", (text, reason) => {
    expect(parseRupiah(text)).toEqual({ ok: false, reason });
  });

  it("reads back every formatted amount", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => {
        expect(parseRupiah(formatRupiah(n))).toEqual({ ok: true, value: n });
      }),
    );
  });
});

// The spreadsheet reading (formerly the register's own parser): the union of its cases, and the
// inputs on which it and the form reading differ on purpose (a form can ask again; a file cannot).
describe("readRupiahText (spreadsheets)", () => {
  it.each([
    ["1500000", 1_500_000],
    ["Rp 1.500.000", 1_500_000],
    ["Rp. 1.500.000,-", 1_500_000],
    ["Rp1.500.000", 1_500_000],
    ["1.500.000,00", 1_500_000],
    ["1,500,000", 1_500_000],
    ["1,500,000.00", 1_500_000],
    ["1,5 jt", 1_500_000],
    ["1.5 juta", 1_500_000],
    ["2 juta", 2_000_000],
    ["2jt", 2_000_000],
    ["2 jt.", 2_000_000],
    ["750 rb", 750_000],
    ["750rb", 750_000],
    ["750 ribu", 750_000],
    ["750 rbu", 750_000],
    ["± 2 juta", 2_000_000],
    ["+- 2 juta", 2_000_000],
    ["kurang lebih 3 juta", 3_000_000],
    ["Rp 2.000.000/bulan", 2_000_000],
    ["2 juta per bulan", 2_000_000],
    ["1,2 M", 1_200_000_000],
    ["2 miliyar", 2_000_000_000],
    ["1 T", 1_000_000_000_000],
    ["2.500.000 rupiah", 2_500_000],
    ["Rp\u00a01.500.000", 1_500_000],
    ["nihil", 0],
    ["tidak ada", 0],
    ["0", 0],
    ["1500.50", 1_501], // rounded: a file cannot be asked again (the form refuses it)
    ["1,5", 2],
  ])("%s → %d", (text, value) => {
    expect(readRupiahText(text)).toBe(value);
  });

  it.each(["tidak tentu", "tidak menentu", "1-2 juta", "dua juta", "-5", "abc", ""])("%s → null", (text) => {
    expect(readRupiahText(text)).toBeNull();
  });

  it("the form reading refuses what the file reading rounds", () => {
    expect(parseRupiah("1,5")).toEqual({ ok: false, reason: "NOT_WHOLE_RUPIAH" });
    expect(parseRupiah("1,500,000")).toEqual({ ok: false, reason: "INVALID_FORMAT" });
  });

  it("formatted amounts read back to the same integer", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9_000_000_000_000 }), (amount) => {
        const shown = formatRupiah(amount);
        expect(readRupiahText(shown)).toBe(amount);
        expect(readRupiahText(`${shown},-`)).toBe(amount);
        expect(readRupiahText(`${shown.replace("Rp", "Rp. ")},00`)).toBe(amount);
      }),
    );
  });
});
