import { describe, expect, it } from "vitest";
import { clusterRecords } from "./cluster";
import { comparisonByName } from "./comparisons";
import { householdGuard, nikConflict } from "./guards";
import { prep } from "./testing-records";

describe("householdGuard: family members are not duplicates", () => {
  const father = prep("F", {
    fullName: "Ahmad Yani",
    birthDate: "1960-02-01",
    nationalId: "6271010102600004",
  });
  it.each([
    [
      "spouse",
      prep("W", {
        fullName: "Siti Aminah",
        sex: "P",
        birthDate: "1962-03-03",
        nationalId: "6271014303620001",
      }),
      "household:sex",
    ],
    [
      "son with the same name",
      prep("S", { fullName: "Ahmad Yani", birthDate: "1988-05-05", nationalId: "6271010505880002" }),
      "household:birthDate",
    ],
    [
      "brother",
      prep("B", { fullName: "Budi Santoso", birthDate: "1960-02-01", nationalId: "" }),
      "household:name",
    ],
  ])("%s", (_label, other, reason) => {
    expect(householdGuard(father, other)).toBe(reason);
  });

  it("twins: one birth date, NIK serials one apart, different names", () => {
    const a = prep("T1", {
      fullName: "Hasan Pratama",
      birthDate: "1990-01-01",
      nationalId: "6271010101900011",
    });
    const b = prep("T2", {
      fullName: "Husain Pratama",
      birthDate: "1990-01-01",
      nationalId: "6271010101900012",
    });
    expect(householdGuard(a, b)).not.toBeNull();
  });

  it.each([
    ["a retyped copy", { fullName: "AHMAD YANI" }],
    ["a copy with a typo in the name", { fullName: "Ahmad Yain" }],
    ["a copy whose NIK lost its last digit to Excel", { nationalId: "6271010102600000" }],
    ["a copy without NIK", { nationalId: "" }],
  ])("does not fire for %s", (_label, overrides) => {
    expect(
      householdGuard(
        father,
        prep("C", {
          fullName: "Ahmad Yani",
          birthDate: "1960-02-01",
          nationalId: "6271010102600004",
          ...overrides,
        }),
      ),
    ).toBeNull();
  });

  it("does not fire outside a household", () => {
    expect(
      householdGuard(
        father,
        prep("X", { fullName: "Budi Santoso", familyId: "3204110101100001", address: "Gg. Lain 1" }),
      ),
    ).toBeNull();
  });
});

describe("clusterRecords: anti-chaining", () => {
  it("two valid NIKs more than two errors apart never share a cluster, even through a bridge", () => {
    const a = prep("A", { nationalId: "6271011506850003" });
    const bridge = prep("B", { nationalId: "" });
    const c = prep("C", { nationalId: "6271011506850777" });
    expect(nikConflict(a, c)).toBe(true);
    const { root, refused } = clusterRecords(
      [a, bridge, c],
      [
        { i: 0, j: 1, weight: 30 },
        { i: 1, j: 2, weight: 20 },
      ],
    );
    expect(root[0]).not.toBe(root[2]);
    expect(refused).toEqual([1]);
  });

  it("the stronger edge wins the bridge", () => {
    const a = prep("A", { nationalId: "6271011506850003" });
    const bridge = prep("B", { nationalId: "" });
    const c = prep("C", { nationalId: "6271011506850777" });
    const { root } = clusterRecords(
      [a, bridge, c],
      [
        { i: 0, j: 1, weight: 5 },
        { i: 1, j: 2, weight: 25 },
      ],
    );
    expect(root[1]).toBe(root[2]);
    expect(root[0]).not.toBe(root[1]);
  });

  it("copies of one NIK with one typo each may join (two errors apart)", () => {
    const a = prep("A", { nationalId: "6271011506850004" });
    const b = prep("B", { nationalId: "6271011506850003" });
    const c = prep("C", { nationalId: "6271011506850013" });
    const { root } = clusterRecords(
      [a, b, c],
      [
        { i: 0, j: 1, weight: 30 },
        { i: 1, j: 2, weight: 30 },
      ],
    );
    expect(new Set(root).size).toBe(1);
  });

  it("a family-card number in the NIK column is not a second person", () => {
    const a = prep("A", {});
    const kkAsNik = prep("B", { nationalId: "6271010101120005", familyId: "" });
    const { root, refused } = clusterRecords([a, kkAsNik], [{ i: 0, j: 1, weight: 30 }]);
    expect(root[0]).toBe(root[1]);
    expect(refused).toEqual([]);
  });
});

describe("household guard against chaining and for Chinese names", () => {
  it("a record without birth date or NIK does not join a father and his son of the same name", () => {
    const father = prep("F", {
      fullName: "Ahmad Yani",
      birthDate: "1960-02-03",
      nationalId: "6271010302600004",
    });
    const son = prep("S", { fullName: "Ahmad Yani", birthDate: "1988-05-05", nationalId: "" });
    const bridge = prep("X", { fullName: "Ahmad Yani", birthDate: "", nationalId: "" });
    expect(householdGuard(father, son)).toBe("household:birthDate");
    const { root, refused, householdRefused } = clusterRecords(
      [father, bridge, son],
      [
        { i: 0, j: 1, weight: 20 },
        { i: 1, j: 2, weight: 19 },
      ],
    );
    expect(root[0]).not.toBe(root[2]);
    // A non-match by the household rule, as the father-son pair itself: not left for review.
    expect(refused).toEqual([]);
    expect(householdRefused).toEqual([1]);
  });

  it("one valid NIK on both ends of an edge joins, whatever household members the clusters hold", () => {
    const chinese = prep("C", { fullName: "Tjhin A Fui", nationalId: "6271011506850003" });
    const indonesian = prep("I", { fullName: "Hendra Hartono", nationalId: "6271011506850003" });
    const retyped = prep("R", { fullName: "Hendra Hartono", birthDate: "", nationalId: "" });
    const { root, householdRefused } = clusterRecords(
      [chinese, indonesian, retyped],
      [
        { i: 1, j: 2, weight: 20 },
        { i: 0, j: 1, weight: 19 },
      ],
    );
    expect(householdRefused).toEqual([]);
    expect(new Set(root).size).toBe(1);
  });

  it("two valid NIKs of one household far apart are two members, not one person retyped", () => {
    const father = prep("F", {
      fullName: "Budi Chandra",
      birthDate: "1975-01-03",
      nationalId: "6271010301750001",
    });
    const son = prep("S", { fullName: "Budi Chandra", birthDate: "", nationalId: "6271011307030001" });
    expect(householdGuard(father, son)).toBe("household:nik");
    const kkAsNik = prep("K", { fullName: "Budi Chandra", birthDate: "", nationalId: "6271010101120005" });
    expect(householdGuard(father, kkAsNik)).toBeNull();
    // Another card's number (digits 7-12 an issue date, not the birth date) in the NIK column.
    const otherCard = prep("O", {
      fullName: "Budi Chandra",
      birthDate: "1975-01-03",
      familyId: "",
      nationalId: "6271011804130001",
    });
    expect(householdGuard(father, otherCard)).toBeNull();
  });

  it("a Chinese name and an Indonesian name with the year of birth one apart are one person", () => {
    const chinese = prep("C", { fullName: "Kho Nyuk Fui", birthDate: "2007-10-16", nationalId: "" });
    const indonesian = prep("I", { fullName: "Linda Wijaya", birthDate: "2006-10-16", nationalId: "" });
    expect(householdGuard(chinese, indonesian)).toBeNull();
    const mother = prep("M", { fullName: "Linda Wijaya", birthDate: "1970-10-16", nationalId: "" });
    expect(householdGuard(chinese, mother)).toBe("household:birthDate");
  });

  it("a Chinese name and an Indonesian name born the same day on one card are one person", () => {
    const indonesian = prep("I", { fullName: "Hendra Hartono", nationalId: "" });
    const chinese = prep("C", { fullName: "Tjhin A Fui", nationalId: "" });
    const brother = prep("B", { fullName: "Budi Hartono", nationalId: "" });
    expect(householdGuard(indonesian, chinese)).toBeNull();
    expect(householdGuard(indonesian, brother)).toBe("household:name");
    expect(comparisonByName("name").compare(indonesian, chinese)).toBe(-1);
  });
});
