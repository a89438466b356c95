import { describe, expect, it } from "vitest";
import { registerPrefix } from "../lists/irisan-rows";
import { entityUuid } from "./entity-uuid";
import { commonRegion } from "./read-register";
import { businessToLinkRecord, personToLinkRecord } from "./records";

describe("commonRegion: a pair is visible only to users who see both records", () => {
  it.each([
    ["62.71.01.1001", "62.71.01.1003", "62.71.01"],
    ["62.71.01.1001", "62.71.02.1003", "62.71"],
    ["62.71.01.1001", "62.02.01.1009", "62"],
    ["62.71.01.1001", "62.71.01.1001", "62.71.01.1001"],
    ["62.71", "62.71.01.1001", "62.71"],
    ["62.71.01.1001", "13.10.01.2002", ""],
  ])("%s + %s → %s", (a, b, out) => {
    expect(commonRegion(a, b)).toBe(out);
  });
});

describe("registerPrefix: the irisan's register side stays inside the list's regency", () => {
  it.each([
    ["62.71", undefined, "62.71"],
    ["62.71", "62.71.01", "62.71.01"],
    ["62.71", "62", "62.71"],
    ["62.71", "62.02", null],
    ["62.71", "62.710", null],
  ])("list %s, filter %s → %s", (list, asked, out) => {
    expect(registerPrefix(list, asked)).toBe(out);
  });
});

describe("entityUuid", () => {
  it("derives a stable version-8 UUID from an engine id and keeps UUIDs as they are", () => {
    const a = entityUuid("E1234abcd5678");
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(entityUuid("E1234abcd5678")).toBe(a);
    expect(entityUuid("E1234abcd5679")).not.toBe(a);
    expect(entityUuid("0191F1A0-0000-7000-8000-000000000001")).toBe("0191f1a0-0000-7000-8000-000000000001");
  });
});

describe("register rows as engine records", () => {
  it("compares a business record by its business address and the owner's identity", () => {
    const r = businessToLinkRecord({
      businessId: "b1",
      regionCode: "62.71.01.1003",
      businessName: "Penjahit Bu Siti",
      sector: "konveksi",
      businessStreet: null,
      nik: "6271015205800001",
      noKk: null,
      name: "Siti Aminah",
      sex: "P",
      birthPlace: null,
      birthDate: "1980-05-12",
      phone: "+6281255501234",
      personStreet: "Jl. Tjilik Riwut",
      rt: "002",
      rw: null,
    });
    expect(r).toMatchObject({
      id: "b1",
      nationalId: "6271015205800001",
      fullName: "Siti Aminah",
      address: "Jl. Tjilik Riwut",
      regionCode: "62.71.01.1003",
      businessName: "Penjahit Bu Siti",
      rw: "",
    });
  });

  it("places a person at their KTP village, else where they were registered", () => {
    const base = {
      id: "p1",
      regionCode: "62.71",
      nik: null,
      noKk: null,
      name: "Ani",
      sex: null,
      birthPlace: null,
      birthDate: null,
      phone: null,
      street: null,
      rt: null,
      rw: null,
    };
    expect(personToLinkRecord({ ...base, villageCode: "62.71.02.1001" }).regionCode).toBe("62.71.02.1001");
    expect(personToLinkRecord({ ...base, villageCode: null }).regionCode).toBe("62.71");
  });
});
