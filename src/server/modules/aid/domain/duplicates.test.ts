import { describe, expect, it } from "vitest";
import {
  type Candidate,
  duplicateProblems,
  type Hit,
  isUsableIdentifier,
  MAX_RECORDS_PER_ITEM,
} from "./duplicates";
import { addressKey, nameSimilarity } from "./name-compare";
import type { OtherRecord } from "./problems";

const other = (id: string, patch: Partial<OtherRecord> = {}): OtherRecord => ({
  itemId: id,
  proposalId: "p-other",
  proposalNumber: "USL-2020-ABCDEF",
  proposerName: "Koperasi Sejahtera",
  regionCode: "13.10",
  programmeId: "bpum",
  programmeName: "BPUM 2020",
  proposalStatus: "submitted",
  name: "Rosmaini",
  nikMasked: "1310********0002",
  noKkMasked: "1310********0009",
  address: "Jl. Lintas Sumatera No. 5",
  businessName: "Kripik Sanjai Uni Ros",
  ...patch,
});

const ADDR = addressKey({ villageCode: "13.10.01.2001", address: "Jalan Lintas Sumatera No. 5" });
const C: Candidate = {
  itemId: "me",
  proposalId: "p-mine",
  nik: "1310010101800001",
  nikUsable: true,
  noKk: "1310010101100009",
  addressKey: ADDR,
  businessName: "Kerupuk Sanjai Uni Ros",
};

const hit = (patch: Partial<Hit> & { other: OtherRecord }): Hit => ({
  nik: "1310014101820002",
  noKk: null,
  addressKey: null,
  relation: "same_programme",
  ...patch,
});

function run(hits: Hit[], household = true) {
  return duplicateProblems({ candidate: C, hits, outside: [], oneBusinessPerHousehold: household }).map(
    (p) => [
      p.code,
      p.evidence.kind === "record" ? p.evidence.scope : p.evidence.kind,
      p.evidence.kind === "record" ? p.evidence.weight : null,
    ],
  );
}

describe("duplicateProblems", () => {
  const table: Array<[string, Hit[], boolean, unknown[]]> = [
    ["no hits", [], true, []],
    [
      "same NIK in another proposal",
      [hit({ nik: C.nik, other: other("a") })],
      true,
      [["AID_DUPLICATE_RECIPIENT", "other_proposal", 1]],
    ],
    [
      "same NIK in this proposal",
      [hit({ nik: C.nik, other: other("b", { proposalId: "p-mine" }) })],
      true,
      [["AID_DUPLICATE_RECIPIENT", "same_proposal", 1]],
    ],
    [
      "the item itself is not a duplicate",
      [hit({ nik: C.nik, other: other("me", { proposalId: "p-mine" }) })],
      true,
      [],
    ],
    [
      "approved in an exclusive programme",
      [hit({ nik: C.nik, relation: "exclusive_programme", other: other("c") })],
      true,
      [["AID_EXCLUDED_BY_PROGRAMME", "exclusive_programme", 1]],
    ],
    [
      "same No. KK (a couple)",
      [hit({ noKk: C.noKk, other: other("d") })],
      true,
      [["AID_SAME_HOUSEHOLD", "other_proposal", 1]],
    ],
    [
      "same No. KK ignored when the programme allows it",
      [hit({ noKk: C.noKk, other: other("d") })],
      false,
      [],
    ],
    [
      "same address and similar business name",
      [hit({ addressKey: ADDR, other: other("e") })],
      true,
      [["AID_SAME_HOUSEHOLD", "other_proposal", expect.any(Number)]],
    ],
    [
      "same address, unrelated business",
      [hit({ addressKey: ADDR, other: other("f", { businessName: "Bengkel Motor Jaya" }) })],
      true,
      [],
    ],
    [
      "household of an exclusive programme is not flagged",
      [hit({ noKk: C.noKk, relation: "exclusive_programme", other: other("g") })],
      true,
      [],
    ],
    [
      "one problem per other record",
      [
        hit({ nik: C.nik, noKk: C.noKk, other: other("h") }),
        hit({ nik: C.nik, noKk: C.noKk, other: other("h") }),
      ],
      true,
      [["AID_DUPLICATE_RECIPIENT", "other_proposal", 1]],
    ],
  ];
  for (const [name, hits, household, expected] of table)
    it(name, () => expect(run(hits, household)).toEqual(expected));

  it("a placeholder NIK or No. KK matches nobody", () => {
    const zero = "0000000000000000";
    const out = duplicateProblems({
      candidate: { ...C, nik: zero, nikUsable: false, noKk: zero },
      hits: [hit({ nik: zero, noKk: zero, other: other("z") })],
      outside: [],
      oneBusinessPerHousehold: true,
    });
    expect(out).toEqual([]);
  });

  it("keeps at most MAX_RECORDS_PER_ITEM other records", () => {
    const many = Array.from({ length: 50 }, (_, i) => hit({ nik: C.nik, other: other(`m${i}`) }));
    expect(
      duplicateProblems({ candidate: C, hits: many, outside: [], oneBusinessPerHousehold: false }),
    ).toHaveLength(MAX_RECORDS_PER_ITEM);
  });

  it("fuzzy household weight is below 1 and shown", () => {
    const [p] = duplicateProblems({
      candidate: C,
      hits: [hit({ addressKey: ADDR, other: other("e") })],
      outside: [],
      oneBusinessPerHousehold: true,
    });
    expect(p?.evidence.kind === "record" && p.evidence.weight).toBeGreaterThanOrEqual(0.85);
    expect(p?.evidence.kind === "record" && p.evidence.weight).toBeLessThan(1);
    expect(p?.evidence.kind === "record" && p.evidence.matchedOn).toEqual(["address", "business_name"]);
  });

  it("outside-list hits become evidence, not exclusions", () => {
    const out = duplicateProblems({
      candidate: C,
      hits: [],
      outside: [
        { list: "DTKS Kemensos", recordId: "r1", name: "ROSMAINI", weight: 0.97, matchedOn: ["nik"] },
      ],
      oneBusinessPerHousehold: false,
    });
    expect(out.map((p) => [p.code, p.key])).toEqual([
      ["AID_ON_OUTSIDE_LIST", "AID_ON_OUTSIDE_LIST:DTKS Kemensos:r1"],
    ]);
    expect(out[0]?.text.id).toContain("DTKS Kemensos");
  });
});

describe("isUsableIdentifier", () => {
  const table: Array<[string | null, boolean]> = [
    ["1310010101800001", true],
    ["0000000000000000", false],
    ["1111111111111111", false],
    ["131001010180000", false],
    [null, false],
  ];
  for (const [v, ok] of table) it(`${v} → ${ok}`, () => expect(isUsableIdentifier(v)).toBe(ok));
});

describe("nameSimilarity and addressKey", () => {
  const names: Array<[string, string, (s: number) => boolean]> = [
    ["Budi Siregar", "SIREGAR BUDI", (s) => s === 1],
    ["H. Ahmad Yani", "Ahmad Yani", (s) => s === 1],
    ["Nur Hayati", "Nurhayati", (s) => s === 1],
    ["Siti Aminah", "Siti Aminah Lubis", (s) => s > 0.85],
    ["Siti Aminah", "Joko Widodo", (s) => s < 0.6],
    ["", "Joko", (s) => s === 0],
  ];
  for (const [a, b, ok] of names) it(`${a} ~ ${b}`, () => expect(ok(nameSimilarity(a, b))).toBe(true));
  it("folds Jalan/Jl and punctuation", () => {
    expect(addressKey({ villageCode: "v", address: "Jl. Lintas Sumatera No.5" })).toBe(
      addressKey({ villageCode: "v", address: "JALAN LINTAS SUMATERA NO 5" }),
    );
    expect(addressKey({ villageCode: null, address: "Jl. A" })).toBeNull();
  });
});
