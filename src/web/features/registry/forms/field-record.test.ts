import { describe, expect, it } from "vitest";
import { readNik } from "./check-owner";
import { blankDraft, type FieldDraft } from "./field-draft";
import { checkDraft, toPayload } from "./field-record";

const today = "2020-05-04";
// A woman born 12 May 1980 in Pahandut (62.71.01): day 12 + 40 = 52.
const nik = "6271015205800003";

function draft(patch: {
  owner?: Partial<FieldDraft["owner"]>;
  business?: Partial<FieldDraft["business"]>;
  impact?: Partial<FieldDraft["impact"]>;
  constraint?: Partial<FieldDraft["constraint"]>;
}): FieldDraft {
  return {
    owner: {
      ...blankDraft.owner,
      nik,
      name: "Siti Aminah",
      sex: "P",
      birthDate: "12 Mei 1980",
      villageCode: "62.71.01.1001",
      ...patch.owner,
    },
    business: { ...blankDraft.business, name: "Jahit Siti", sector: "konveksi", ...patch.business },
    impact: { ...blankDraft.impact, affected: "yes", ...patch.impact },
    constraint: { ...blankDraft.constraint, ...patch.constraint },
  };
}

describe("readNik while typing", () => {
  it.each([
    ["", false, "empty", undefined],
    ["", true, "invalid", "nikRequired"],
    ["627101", false, "partial", undefined],
    ["627101", true, "invalid", "nikLength"],
    ["62710152058000O3", false, "invalid", "nikChars"],
    ["9971015205800003", false, "invalid", "nikProvince"],
    ["6271019905800003", false, "invalid", "nikDate"],
    ["6271013102800003", false, "invalid", "nikDate"],
    ["6271015205800000", false, "invalid", "nikSerial"],
    ["62710152058000031", false, "invalid", "nikLength"],
    ["6271 0152 0580 0003", false, "valid", undefined],
  ])("%j (final %s) → %s %s", (value, final, kind, key) => {
    const read = readNik(value, final);
    expect(read.kind).toBe(kind);
    if (read.kind === "invalid") expect(read.problem.key).toBe(key);
  });

  it("decodes sex and birth date of a valid NIK", () => {
    const read = readNik(nik);
    expect(read.kind === "valid" && read.info).toMatchObject({
      sex: "P",
      birthDate: { year: 1980, month: 5, day: 12 },
    });
  });
});

describe("checkDraft", () => {
  it.each([
    ["a complete record", {}, {}],
    [
      "birth date other than the NIK's",
      { owner: { birthDate: "13-05-1980" } },
      { "owner.birthDate": "nikDobMismatch" },
    ],
    ["sex other than the NIK's", { owner: { sex: "L" as const } }, { "owner.sex": "nikSaysFemale" }],
    ["unreadable birth date", { owner: { birthDate: "kemarin" } }, { "owner.birthDate": "birthDateInvalid" }],
    [
      "birth date in the future",
      { owner: { birthDate: "01-01-2030" } },
      { "owner.birthDate": "birthDateFuture" },
    ],
    ["bad phone", { owner: { phone: "12345" } }, { "owner.phone": "phoneInvalid" }],
    ["KK equal to the NIK", { owner: { noKk: nik } }, { "owner.noKk": "kkEqualsNik" }],
    ["short KK", { owner: { noKk: "6271" } }, { "owner.noKk": "kkInvalid" }],
    ["RT of four digits", { owner: { rt: "1234" } }, { "owner.rt": "rtRwInvalid" }],
    [
      "district instead of village",
      { owner: { villageCode: "62.71.01" } },
      { "owner.villageCode": "villageRequired" },
    ],
    ["no business name", { business: { name: " " } }, { "business.name": "required" }],
    ["NIB of 12 digits", { business: { nib: "912000123456" } }, { "business.nib": "nibInvalid" }],
    ["workers as words", { business: { employees: "banyak" } }, { "business.employees": "countInvalid" }],
    [
      "turnover as words",
      { impact: { turnoverBefore: "lumayan" } },
      { "impact.turnoverBefore": "moneyInvalid" },
    ],
    [
      "turnover with cents",
      { impact: { turnoverAfter: "1.500,50" } },
      { "impact.turnoverAfter": "moneyFraction" },
    ],
    [
      "halved turnover marked not affected",
      { impact: { affected: "no" as const, turnoverBefore: "3 jt", turnoverAfter: "1 jt" } },
      { "impact.affected": "turnoverHalved" },
    ],
    [
      "kendala without text",
      { constraint: { enabled: true, type: "raw_material" as const } },
      { "constraint.description": "required" },
    ],
  ])("%s", (_name, patch, expected) => {
    const found = Object.fromEntries(
      Object.entries(checkDraft(draft(patch), { today, final: true })).map(([path, p]) => [path, p.key]),
    );
    expect(found).toEqual(expected);
  });

  it("does not demand required fields before the first save", () => {
    expect(checkDraft(blankDraft, { today, final: false })).toEqual({});
    expect(Object.keys(checkDraft(blankDraft, { today, final: true }))).toEqual(
      expect.arrayContaining([
        "owner.nik",
        "owner.name",
        "owner.sex",
        "owner.villageCode",
        "business.name",
        "business.sector",
        "impact.affected",
      ]),
    );
  });
});

describe("toPayload", () => {
  it("normalises what was typed into the API body", () => {
    const payload = toPayload(
      draft({
        owner: { phone: "0812-3456-7890", rt: "2", rw: "05", noKk: "6271 0101 0101 0001" },
        business: { dailyCapacity: "50 pcs", employees: "3 orang", salesChannels: ["whatsapp"] },
        impact: { turnoverBefore: "Rp 3.000.000", turnoverAfter: "750 rb", reasons: ["turnover_down"] },
        constraint: { enabled: true, type: "raw_material", description: " karet  masker langka " },
      }),
      { clientId: "0b5a4f7e-3c2d-4e1f-8a9b-0c1d2e3f4a5b", today, source: "field" },
    );
    expect(payload.body).toMatchObject({
      clientId: "0b5a4f7e-3c2d-4e1f-8a9b-0c1d2e3f4a5b",
      owner: {
        nik,
        noKk: "6271010101010001",
        sex: "P",
        birthDate: "1980-05-12",
        phone: "+6281234567890",
        rt: "002",
        rw: "005",
      },
      business: {
        dailyCapacity: 50,
        employees: 3,
        salesChannels: ["whatsapp"],
        regionCode: "62.71.01.1001",
        rt: "002",
      },
      impact: {
        assessedOn: today,
        affected: true,
        turnoverBefore: 3_000_000,
        turnoverAfter: 750_000,
        reasons: ["turnover_down"],
      },
      source: { kind: "field" },
    });
    expect(payload.constraint).toEqual({ type: "raw_material", description: "karet masker langka" });
  });

  it("uses the business's own address when it differs from the owner's", () => {
    const payload = toPayload(
      draft({
        business: { atOwnerAddress: false, regionCode: "62.71.02.1003", street: "Jl. Pasar", rt: "7" },
      }),
      { clientId: "0b5a4f7e-3c2d-4e1f-8a9b-0c1d2e3f4a5b", today, source: "form" },
    );
    expect(payload.body.business).toMatchObject({
      regionCode: "62.71.02.1003",
      street: "Jl. Pasar",
      rt: "007",
    });
    expect(payload.constraint).toBeUndefined();
  });
});
