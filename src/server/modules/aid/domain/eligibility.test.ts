import { describe, expect, it } from "vitest";
import { checkEligibility, type RecipientFacts } from "./eligibility";
import { classifyOccupation } from "./occupation";
import { BPUM_RULES, OPEN_RULES } from "./rules";

const OK: RecipientFacts = {
  nik: { kind: "valid" },
  nikEqualsKk: false,
  size: { kind: "classified", sizeClass: "mikro", rule: "UU_20_2008" },
  affected: true,
  sector: "kuliner",
  occupation: "other",
};

describe("checkEligibility under BPUM rules", () => {
  const cases: Array<[string, Partial<RecipientFacts>, string[]]> = [
    ["eligible micro business", {}, []],
    ["impossible birth date in NIK", { nik: { kind: "invalid", code: "NIK_DATE" } }, ["valid_nik"]],
    ["NIK equals No. KK", { nikEqualsKk: true }, ["valid_nik"]],
    [
      "small business",
      { size: { kind: "classified", sizeClass: "kecil", rule: "UU_20_2008" } },
      ["size_class"],
    ],
    ["size unknown is attested, not refused", { size: { kind: "unknown", rule: "UU_20_2008" } }, []],
    ["not affected does not matter for BPUM", { affected: false }, []],
    ["civil servant", { occupation: "pns" }, ["occupation"]],
    [
      "police officer and small",
      { occupation: "polri", size: { kind: "classified", sizeClass: "kecil", rule: "UU_20_2008" } },
      ["size_class", "occupation"],
    ],
  ];
  for (const [name, patch, rules] of cases) {
    it(name, () => {
      const out = checkEligibility(BPUM_RULES, { ...OK, ...patch });
      expect(out.problems.map((p) => (p.evidence.kind === "rule" ? p.evidence.rule : "?"))).toEqual(rules);
      expect(out.problems.every((p) => p.code === "AID_NOT_ELIGIBLE" && p.justification === null)).toBe(true);
    });
  }

  it("explains the NIK reason in both languages", () => {
    const [p] = checkEligibility(BPUM_RULES, { ...OK, nik: { kind: "invalid", code: "NIK_DATE" } }).problems;
    expect(p?.text.id).toContain("tanggal lahir");
    expect(p?.text.en).toContain("birth date");
    expect(p?.key).toBe("AID_NOT_ELIGIBLE:valid_nik");
  });

  it("not affected fails when the programme requires it", () => {
    const out = checkEligibility({ ...BPUM_RULES, requireAffected: true }, { ...OK, affected: false });
    expect(out.problems.map((p) => p.evidence.kind === "rule" && p.evidence.rule)).toEqual(["affected"]);
  });

  it("marks unknown facts as unknown checks", () => {
    const out = checkEligibility(
      { ...BPUM_RULES, requireAffected: true },
      { ...OK, affected: null, occupation: null },
    );
    expect(out.checks.find((c) => c.rule === "affected")?.state).toBe("unknown");
    expect(out.checks.find((c) => c.rule === "occupation")?.state).toBe("unknown");
  });
});

describe("checkEligibility with open rules and sectors", () => {
  it("open rules check only the NIK", () => {
    const out = checkEligibility(OPEN_RULES, { ...OK, affected: false, occupation: "tni" });
    expect(out.problems).toEqual([]);
    expect(out.checks.filter((c) => c.state === "not_applicable").map((c) => c.rule)).toEqual([
      "size_class",
      "affected",
      "sector",
      "occupation",
    ]);
  });
  it("sector outside the programme fails", () => {
    const out = checkEligibility({ ...OPEN_RULES, sectors: ["konveksi"] }, OK);
    expect(out.problems.map((p) => p.evidence.kind === "rule" && p.evidence.value)).toEqual(["kuliner"]);
  });
});

describe("classifyOccupation", () => {
  const cases: Array<[string | null, string | null]> = [
    ["PNS", "pns"],
    ["Pegawai Negeri Sipil", "pns"],
    ["asn pemda", "pns"],
    ["Anggota TNI AD", "tni"],
    ["Polri", "polri"],
    ["Karyawan BUMN", "bumn"],
    ["Wiraswasta", "other"],
    ["Pedagang", "other"],
    ["", null],
    [null, null],
  ];
  for (const [text, cls] of cases) it(`${text} → ${cls}`, () => expect(classifyOccupation(text)).toBe(cls));
});
