import { describe, expect, it } from "vitest";
import { blockingKeys } from "./blocking-keys";
import { defaultModel } from "./default-model";
import { scorePair } from "./explain";
import { HASH_FIELDS, hashInputs } from "./hash-keys";
import { linkHashed } from "./hashed-link";
import { applyReviewerLabels } from "./labels";
import { linkRecords } from "./link";
import { serialiseModel } from "./model";
import { parseModel } from "./model-schema";
import { prep, rec } from "./testing-records";

describe("scorePair with the default model", () => {
  it("explains every field's contribution and sums to the total", () => {
    const e = scorePair(defaultModel(), rec("A"), rec("B", { fullName: "Moh. Rizki Pratama", phone: "" }));
    expect(e.decision).toBe("match");
    const sum = e.prior + e.contributions.reduce((s, c) => s + c.weight + c.tfAdjustment, 0);
    expect(sum).toBeCloseTo(e.weight, 9);
    expect(e.contributions.find((c) => c.comparison === "phone")?.level).toBeNull();
    expect(e.contributions.find((c) => c.comparison === "name")?.level).toBe("exact");
  });

  it.each([
    [
      "spouse",
      { fullName: "Siti Aminah", sex: "P", nationalId: "6271014303620001", birthDate: "1962-03-03" },
    ],
    [
      "stranger",
      {
        fullName: "Budi Santoso",
        nationalId: "3204110609970001",
        familyId: "",
        birthDate: "1997-09-06",
        address: "Gg. Mawar 1",
        regionCode: "32.04.11.2001",
        phone: "",
        businessName: "",
      },
    ],
  ])("a %s is not a match", (_label, overrides) => {
    expect(scorePair(defaultModel(), rec("A"), rec("B", overrides)).decision).toBe("nonMatch");
  });

  it("names the household guard when it overrules the score", () => {
    const son = rec("S", { nationalId: "6271011203100002", birthDate: "2010-03-12" });
    const e = scorePair(defaultModel(), rec("A"), son);
    expect(e.guard).toBe("household:birthDate");
    expect(e.decision).toBe("nonMatch");
  });
});

describe("model JSON", () => {
  it("round-trips through serialiseModel and parseModel", () => {
    const parsed = parseModel(serialiseModel(defaultModel()));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.model).toEqual(defaultModel());
  });

  it.each([
    ["not json", "{"],
    ["wrong version", JSON.stringify({ ...defaultModel(), version: 2 })],
    [
      "unknown comparison",
      JSON.stringify({
        ...defaultModel(),
        comparisons: [
          { name: "shoeSize", levels: ["a", "b"], m: [0.5, 0.5], u: [0.5, 0.5], uRandom: [0.5, 0.5] },
        ],
      }),
    ],
  ])("rejects %s", (_label, text) => {
    expect(parseModel(text).ok).toBe(false);
  });
});

describe("applyReviewerLabels", () => {
  it("accepted pairs raise m of their levels, rejected pairs raise u", () => {
    const model = defaultModel();
    const accepted = Array.from({ length: 40 }, (_, k) => ({
      a: prep(`A${k}`),
      b: prep(`B${k}`, { phone: `0899${100000 + k}` }),
      label: "accept" as const,
    }));
    const refined = applyReviewerLabels(model, accepted);
    const phone = (m: typeof model) => m.comparisons.find((c) => c.name === "phone");
    // Accepted copies all had different phones: a different phone is less damning now.
    expect(phone(refined)?.m[2]).toBeGreaterThan(phone(model)?.m[2] ?? 1);
    const rejected = [
      { a: prep("A"), b: prep("B", { fullName: "Siti Aminah", sex: "P" }), label: "reject" as const },
    ];
    const refined2 = applyReviewerLabels(model, rejected, { priorPairs: 5 });
    const sexU = refined2.comparisons.find((c) => c.name === "sex")?.u[1] ?? 0;
    expect(sexU).toBeGreaterThan(model.comparisons.find((c) => c.name === "sex")?.u[1] ?? 1);
    expect(refined2.lambda).toBeLessThan(model.lambda);
  });
});

describe("blockingKeys", () => {
  it("a record and its variant share a key; unrelated people do not", () => {
    const a = blockingKeys(rec("A"));
    const b = blockingKeys(rec("B", { fullName: "Moh. Rizki Pratama", nationalId: "", phone: "" }));
    const c = blockingKeys(
      rec("C", {
        fullName: "Budi Santoso",
        nationalId: "3204110609970001",
        familyId: "3204110101100001",
        birthDate: "1997-09-06",
        address: "Gg. Mawar 1",
        regionCode: "32.04.11.2001",
        phone: "",
      }),
    );
    expect(a.some((k) => b.includes(k))).toBe(true);
    expect(a.some((k) => c.includes(k))).toBe(false);
    for (const k of a) expect(k).toMatch(/^[a-z][0-9a-z]+$/);
    expect(a.join(" ")).not.toContain("6271011506850003");
  });
});

describe("linking", () => {
  const listA = [
    rec("A"),
    rec("B", {
      fullName: "Siti Aminah",
      sex: "P",
      nationalId: "6271014303620001",
      birthDate: "1962-03-03",
      phone: "",
    }),
  ];
  const listB = [
    rec("x", { fullName: "MUHAMMAD RIZKY PRATAMA", phone: "" }),
    rec("y", {
      fullName: "Budi Santoso",
      nationalId: "3204110609970001",
      familyId: "",
      birthDate: "1997-09-06",
      address: "Gg. Mawar 1",
      regionCode: "32.04.11.2001",
      phone: "",
    }),
  ];

  it("links records across two lists, one to one", () => {
    const result = linkRecords(listA, listB, { model: defaultModel() });
    const matches = result.pairs.filter((p) => p.decision === "match");
    expect(matches.map((p) => [p.idA, p.idB])).toEqual([["A", "x"]]);
  });

  it("links keyed hashes without raw values", () => {
    const hashed = (id: string, r: ReturnType<typeof prep>) => ({
      id,
      hashes: hashInputs(r).map((v) => (v === "" ? "" : `h(${v})`)),
    });
    const a = Array.from({ length: 30 }, (_, k) =>
      hashed(
        `a${k}`,
        prep(`a${k}`, { nationalId: `62710115068500${String(10 + k)}`, fullName: `Nama${k} Pratama` }),
      ),
    );
    const b = a.map((r, k) => ({
      id: `b${k}`,
      hashes: k % 2 === 0 ? r.hashes : r.hashes.map((h, f) => (HASH_FIELDS[f] === "nik" ? "" : h)),
    }));
    const result = linkHashed(a, b);
    const matches = result.pairs.filter((p) => p.decision === "match");
    expect(matches.length).toBeGreaterThanOrEqual(25);
    for (const m of matches) expect(m.idA.slice(1)).toBe(m.idB.slice(1));
  });
});
