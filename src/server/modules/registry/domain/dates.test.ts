import { describe, expect, it } from "vitest";
import { daysInMonth, excelSerialToDate, toIsoDate } from "./calendar";
import type { RawCell } from "./cell";
import { checkDateCell, checkPlaceDateCell, parseDateText, splitPlaceAndDate } from "./dates";

const text = (t: string): RawCell => ({ kind: "text", text: t });
const iso = (r: ReturnType<typeof parseDateText>) => (r.kind === "valid" ? toIsoDate(r.date) : r.kind);

describe("parseDateText", () => {
  const cases: [string, string][] = [
    ["12 Mei 1980", "1980-05-12"],
    ["12 mei 1980", "1980-05-12"],
    ["12 MEI 1980", "1980-05-12"],
    ["12-Mei-1980", "1980-05-12"],
    ["12 Agt 1980", "1980-08-12"],
    ["12 agt 1980", "1980-08-12"],
    ["12 AGUSTUS 1980", "1980-08-12"],
    ["1 Okt 1975", "1975-10-01"],
    ["1 okt. 1975", "1975-10-01"],
    ["25 Des 1969", "1969-12-25"],
    ["25 Desember 1969", "1969-12-25"],
    ["3 Pebruari 1977", "1977-02-03"],
    ["3 Nopember 1977", "1977-11-03"],
    ["3 Maret 77", "1977-03-03"],
    ["12/05/1980", "1980-05-12"],
    ["12-05-1980", "1980-05-12"],
    ["12.05.1980", "1980-05-12"],
    ["12 / 05 / 1980", "1980-05-12"],
    ["5/12/1980", "1980-12-05"],
    ["1-5-80", "1980-05-01"],
    ["1-5-05", "2005-05-01"],
    ["1-5-20", "2020-05-01"],
    ["1-5-21", "1921-05-01"],
    ["1980-05-12", "1980-05-12"],
    ["12051980", "1980-05-12"],
    ["Tgl. 12 Mei 1980", "1980-05-12"],
    ["29/02/1980", "1980-02-29"],
    ["29/02/2000", "2000-02-29"],
    ["31/02/1980", "invalid"],
    ["31 Juni 1979", "invalid"],
    ["29/02/1981", "invalid"],
    ["29/02/1900", "invalid"],
    ["12/25/1980", "invalid"],
    ["00/05/1980", "invalid"],
    ["12 Mey 1980", "invalid"],
    ["tidak tahu", "invalid"],
    ["-", "empty"],
  ];
  it.each(cases)("%s → %s", (input, expected) => {
    expect(iso(parseDateText(input))).toBe(expected);
  });

  it("every day 1–31 of every month, both separators, 4- and 2-digit years", () => {
    let count = 0;
    for (const year of [1921, 1950, 1980, 1999, 2000, 2004, 2019]) {
      for (let month = 1; month <= 12; month++) {
        for (let day = 1; day <= 31; day++) {
          const ok = day <= daysInMonth(year, month);
          const expected = ok ? toIsoDate({ year, month, day }) : "invalid";
          for (const sep of ["/", "-", "."]) {
            expect(iso(parseDateText(`${day}${sep}${month}${sep}${year}`))).toBe(expected);
            const yy = String(year % 100).padStart(2, "0");
            expect(iso(parseDateText(`${day}${sep}${month}${sep}${yy}`))).toBe(expected);
            count += 2;
          }
        }
      }
    }
    expect(count).toBe(7 * 12 * 31 * 6);
  });
});

describe("checkDateCell", () => {
  const cases: [string, RawCell, string][] = [
    ["date cell", { kind: "date", iso: "1980-05-12" }, "1980-05-12"],
    ["Excel serial", { kind: "number", value: 29353 }, "1980-05-12"],
    ["Excel serial with time", { kind: "number", value: 29353.5 }, "1980-05-12"],
    ["serial as text", text("29353"), "1980-05-12"],
    ["a year alone", { kind: "number", value: 1980 }, "invalid"],
    ["ddmmyyyy typed as a number", { kind: "number", value: 12051980 }, "1980-05-12"],
    ["dmmyyyy typed as a number", { kind: "number", value: 1051980 }, "1980-05-01"],
    ["an empty date cell (serial 0)", { kind: "date", iso: "1899-12-30" }, "invalid"],
    ["TTL typed in the date column", text("Palangka Raya, 12-05-1980"), "1980-05-12"],
    ["empty", { kind: "empty" }, "empty"],
  ];
  it.each(cases)("%s", (_l, cell, expected) => {
    expect(iso(checkDateCell(cell))).toBe(expected);
  });

  it("1904 date system", () => {
    expect(iso(checkDateCell({ kind: "number", value: 27891 }, { isDate1904: true }))).toBe("1980-05-12");
  });

  it("Excel serials agree with JavaScript dates from 1 Mar 1900 onwards", () => {
    for (let serial = 61; serial < 80_000; serial += 7) {
      const d = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000);
      expect(excelSerialToDate(serial)).toEqual({
        year: d.getUTCFullYear(),
        month: d.getUTCMonth() + 1,
        day: d.getUTCDate(),
      });
    }
    expect(excelSerialToDate(60)).toBeNull();
    expect(excelSerialToDate(1)).toEqual({ year: 1900, month: 1, day: 1 });
  });
});

describe("splitPlaceAndDate (TTL)", () => {
  const cases: [string, string | null, string][] = [
    ["Palangka Raya, 12-05-1980", "Palangka Raya", "1980-05-12"],
    ["Palangka Raya, 12 Mei 1980", "Palangka Raya", "1980-05-12"],
    ["Palangka Raya 12 Mei 1980", "Palangka Raya", "1980-05-12"],
    ["Pulau Punjung / 1-5-80", "Pulau Punjung", "1980-05-01"],
    ["Sungai Dareh,12/05/1980", "Sungai Dareh", "1980-05-12"],
    ["Koto Baru, 31 Juni 1979", "Koto Baru", "invalid"],
    ["Koto Baru, 1979", "Koto Baru", "invalid"],
    ["12 Mei 1980", null, "1980-05-12"],
    ["Sampit", "Sampit", "empty"],
    ["  Kuala  Kapuas ,  03-11-1975 ", "Kuala Kapuas", "1975-11-03"],
  ];
  it.each(cases)("%s", (input, place, date) => {
    const result = splitPlaceAndDate(input);
    expect(result.place).toBe(place);
    expect(iso(result.date)).toBe(date);
  });

  it("a date cell in a TTL column is only a date", () => {
    const result = checkPlaceDateCell({ kind: "date", iso: "1980-05-12" });
    expect(result.place).toBeNull();
    expect(iso(result.date)).toBe("1980-05-12");
  });
});
