import { describe, expect, it } from "vitest";
import { classifyBusinessSize } from "./business-size";

const JT = 1_000_000;
const M = 1_000_000_000;

describe("classifyBusinessSize", () => {
  const cases: [string, string, number | null, number | null, string, string][] = [
    // UU 20/2008 until 1 Feb 2021
    ["2020-06-01", "mikro by assets", 50 * JT, null, "mikro", "UU_20_2008"],
    ["2020-06-01", "kecil by assets", 50 * JT + 1, null, "kecil", "UU_20_2008"],
    ["2020-06-01", "kecil ceiling", 500 * JT, null, "kecil", "UU_20_2008"],
    ["2020-06-01", "menengah", 10 * M, null, "menengah", "UU_20_2008"],
    ["2020-06-01", "besar", 10 * M + 1, null, "besar", "UU_20_2008"],
    ["2020-06-01", "mikro by sales", null, 300 * JT, "mikro", "UU_20_2008"],
    ["2020-06-01", "kecil by sales", null, 2_500 * JT, "kecil", "UU_20_2008"],
    ["2020-06-01", "menengah by sales", null, 50 * M, "menengah", "UU_20_2008"],
    ["2020-06-01", "either criterion (atau)", 40 * JT, 1 * M, "mikro", "UU_20_2008"],
    ["2021-02-01", "last day of UU 20/2008", 900 * JT, null, "menengah", "UU_20_2008"],
    // PP 7/2021 from 2 Feb 2021
    ["2021-02-02", "first day of PP 7/2021", 900 * JT, null, "mikro", "PP_7_2021"],
    ["2022-01-01", "kecil capital", 5 * M, null, "kecil", "PP_7_2021"],
    ["2022-01-01", "menengah capital", 10 * M, null, "menengah", "PP_7_2021"],
    ["2022-01-01", "besar capital", 10 * M + 1, null, "besar", "PP_7_2021"],
    ["2022-01-01", "mikro sales", null, 2 * M, "mikro", "PP_7_2021"],
    ["2022-01-01", "kecil sales", null, 15 * M, "kecil", "PP_7_2021"],
    ["2022-01-01", "menengah sales", null, 50 * M, "menengah", "PP_7_2021"],
    ["2022-01-01", "besar sales", null, 50 * M + 1, "besar", "PP_7_2021"],
    ["2022-01-01", "sales decide when known", 500 * JT, 3 * M, "kecil", "PP_7_2021"],
  ];
  it.each(cases)("%s %s", (date, _label, assets, annualSales, sizeClass, rule) => {
    expect(classifyBusinessSize({ date, assets, annualSales })).toMatchObject({
      kind: "classified",
      sizeClass,
      rule,
    });
  });

  it("nothing known → unknown with the rule in force", () => {
    expect(classifyBusinessSize({ date: "2020-01-01" })).toEqual({ kind: "unknown", rule: "UU_20_2008" });
  });

  it("a larger amount never gives a smaller class", () => {
    const order = ["mikro", "kecil", "menengah", "besar"];
    for (const date of ["2020-01-01", "2023-01-01"]) {
      let last = 0;
      for (let amount = 0; amount <= 60 * M; amount += 250 * JT) {
        const r = classifyBusinessSize({ date, annualSales: amount });
        const rank = r.kind === "classified" ? order.indexOf(r.sizeClass) : -1;
        expect(rank).toBeGreaterThanOrEqual(last);
        last = rank;
      }
    }
  });
});
