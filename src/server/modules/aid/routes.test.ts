// Route tests: the API shapes outside checks rely on, problem codes with evidence and the error
// envelope (the flow with its gates is in routes-flow.test.ts).
import { describe, expect, it } from "vitest";
import { aidRoutesKit } from "./testing/routes-kit";

const { bpum, stimulus, operator, kotim, admin, call, newProposal, addPerson } = await aidRoutesKit();

describe("programmes and proposals: shapes", () => {
  it("lists programmes as [{ id, name, kind, amount }]", async () => {
    const res = await call(operator, "GET", "/api/aid/programmes");
    expect(res.statusCode).toBe(200);
    const list = res.json() as Array<Record<string, unknown>>;
    expect(list.map((p) => [p.name, p.kind, p.amount])).toEqual([
      ["BPUM Uji", "cash", 2_400_000],
      ["Stimulus Uji", "cash", 1_000_000],
    ]);
    expect(typeof list[0]?.id).toBe("string");
  });

  it("creates a proposal: 201 { id, status }", async () => {
    const res = await call(operator, "POST", "/api/aid/proposals", {
      programmeId: bpum.id,
      regionCode: "62.71",
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      id: expect.any(String),
      status: "draft",
      regionCode: "62.71",
      proposerName: expect.stringContaining("Dinas Koperasi dan UKM"),
    });
  });

  it("refuses a proposal outside the operator's scope with the envelope", async () => {
    const res = await call(operator, "POST", "/api/aid/proposals", {
      programmeId: bpum.id,
      regionCode: "62.02",
    });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toEqual({
      error: { code: "OUT_OF_SCOPE", message: expect.any(String), requestId: expect.any(String) },
    });
  });

  it("answers 404 in the envelope for an unknown proposal", async () => {
    const res = await call(operator, "GET", "/api/aid/proposals/0190f000-0000-7000-8000-000000000001");
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({
      error: { code: "NOT_FOUND", message: "Data tidak ditemukan.", requestId: expect.any(String) },
    });
  });
});

describe("POST /api/aid/proposals/:id/items: problems with evidence", () => {
  it("a clean recipient has no problems; NIK is masked", async () => {
    const p = await newProposal(operator, bpum.id, "62.71");
    const out = await addPerson(operator, p, { nik: "6271014503880001", nama: "Ani Lestari" });
    expect(out.problems).toEqual([]);
    expect(out.item).toMatchObject({ status: "active", nikMasked: "6271********0001" });
  });

  it("an impossible birth date is AID_NOT_ELIGIBLE", async () => {
    const p = await newProposal(operator, bpum.id, "62.71");
    const out = await addPerson(operator, p, { nik: "6271017002850004", nama: "Tanggal Mustahil" });
    expect(out.problems.map((x) => x.code)).toEqual(["AID_NOT_ELIGIBLE"]);
    expect(out.problems[0]?.evidence).toMatchObject({ kind: "rule", rule: "valid_nik", value: "NIK_DATE" });
    expect(out.problems[0]?.message).toContain("tanggal lahir");
  });

  it("the same NIK in another regency's proposal is AID_DUPLICATE_RECIPIENT with the other record", async () => {
    const a = await newProposal(operator, bpum.id, "62.71");
    await addPerson(operator, a, { nik: "6271015107800002", nama: "Siti Aminah" });
    const b = await newProposal(kotim, bpum.id, "62.02");
    const out = await addPerson(kotim, b, { nik: "6271015107800002", nama: "SITI AMINAH" });
    expect(out.problems.map((x) => x.code)).toEqual(["AID_DUPLICATE_RECIPIENT"]);
    expect(out.problems[0]?.evidence).toMatchObject({
      kind: "record",
      scope: "other_proposal",
      weight: 1,
      matchedOn: ["nik"],
      other: { regionCode: "62.71", name: "Siti Aminah", nikMasked: "6271********0002" },
    });
  });

  it("a couple through two proposers (same No. KK) is AID_SAME_HOUSEHOLD", async () => {
    const a = await newProposal(operator, bpum.id, "62.71");
    await addPerson(operator, a, { nik: "6271011203790005", nama: "Bambang", noKk: "6271010101100099" });
    const b = await newProposal(admin, bpum.id, "62");
    const out = await addPerson(admin, b, {
      nik: "6271015208810006",
      nama: "Sri Wahyuni",
      noKk: "6271010101100099",
    });
    expect(out.problems.map((x) => x.code)).toEqual(["AID_SAME_HOUSEHOLD"]);
    expect(out.problems[0]?.evidence).toMatchObject({
      matchedOn: ["no_kk"],
      weight: 1,
      other: { name: "Bambang" },
    });
  });

  it("a recipient approved in an exclusive programme is AID_EXCLUDED_BY_PROGRAMME", async () => {
    const a = await newProposal(operator, bpum.id, "62.71");
    await addPerson(operator, a, { nik: "6271010307770008", nama: "Joko Susilo" });
    for (const step of ["submit", "verify"])
      expect(
        (await call(step === "submit" ? operator : admin, "POST", `/api/aid/proposals/${a}/${step}`))
          .statusCode,
      ).toBe(200);
    expect(
      (await call(admin, "POST", `/api/aid/proposals/${a}/approve`, { decreeNumber: "B-9/2020" })).statusCode,
    ).toBe(200);
    const s = await newProposal(operator, stimulus.id, "62.71");
    const out = await addPerson(operator, s, { nik: "6271010307770008", nama: "Joko Susilo" });
    expect(out.problems.map((x) => x.code)).toEqual(["AID_EXCLUDED_BY_PROGRAMME"]);
    expect(out.problems[0]?.evidence).toMatchObject({
      scope: "exclusive_programme",
      other: { programmeName: "BPUM Uji", proposalStatus: "approved" },
    });
  });

  it("refuses a malformed body with VALIDATION", async () => {
    const p = await newProposal(operator, bpum.id, "62.71");
    const res = await call(operator, "POST", `/api/aid/proposals/${p}/items`, { nama: "tanpa NIK" });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe("VALIDATION");
  });
});
