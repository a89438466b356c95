// Route tests: the API shapes outside checks rely on, problem codes with evidence, the flow with
// its gates, and the error envelope.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { createTestApp } from "../../testing/test-app";
import { systemCtx } from "../access";
import { canonicalList, OPEN_RULES, sha256Hex } from "./domain";
import { createProgramme } from "./programmes/manage-programmes";

const t = await createTestApp();
const ctx = systemCtx(t.database, "test");
const base = {
  fundSource: "APBN" as const,
  kind: "cash" as const,
  amount: 2_400_000,
  periodStart: "2020-08-17",
  phases: [],
  requiredDocuments: [],
  exclusions: [],
};
const rules = {
  ...OPEN_RULES,
  sizeClasses: [],
  sectors: [],
  excludedOccupations: [],
  oneBusinessPerHousehold: true,
};
const bpum = await createProgramme({ ctx, input: { ...base, code: "T-BPUM", name: "BPUM Uji", rules } });
const stimulus = await createProgramme({
  ctx,
  input: {
    ...base,
    code: "T-STIM",
    name: "Stimulus Uji",
    fundSource: "APBD",
    amount: 1_000_000,
    ownerRegion: "62",
    rules,
    exclusions: [{ programmeId: bpum.id, from: null, to: null }],
  },
});
const operator = await t.login("operator.palangkaraya");
const kotim = await t.login("operator.kotim");
const admin = await t.login("admin.kalteng");

async function call(cookie: string, method: "GET" | "POST", url: string, payload?: unknown) {
  return t.app.inject({
    method,
    url,
    headers: { cookie },
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
}

async function newProposal(cookie: string, programmeId: string, regionCode: string): Promise<string> {
  const res = await call(cookie, "POST", "/api/aid/proposals", { programmeId, regionCode });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}

async function addPerson(cookie: string, proposalId: string, body: Record<string, unknown>) {
  const res = await call(cookie, "POST", `/api/aid/proposals/${proposalId}/items`, body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as {
    item: { id: string; status: string; nikMasked: string };
    problems: Array<{ key: string; code: string; message: string; evidence: Record<string, unknown> }>;
  };
}

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

describe("flow, frozen list, export and bank file", () => {
  it("runs from proposal to reconciliation", async () => {
    const p = await newProposal(operator, bpum.id, "62.71");
    const good = await addPerson(operator, p, {
      nik: "6271011111800011",
      nama: "Rahmat Hidayat",
      noKk: "6271011111100011",
      alamat: "Jl. Tjilik Riwut Km. 7",
      noHp: "081234567801",
    });
    await addPerson(operator, p, { nik: "6271011212800012", nama: "Dewi Sartika", noKk: "6271011212100012" });
    await addPerson(operator, p, {
      nik: "6271011303800013",
      nama: "Yohanes Setiawan",
      noKk: "6271011313100013",
    });
    const odd = await addPerson(operator, p, {
      nik: "6271017002850014",
      nama: "Tanggal Mustahil",
      noKk: "6271017002100014",
    });

    const blocked = await call(operator, "POST", `/api/aid/proposals/${p}/submit`);
    expect(blocked.statusCode).toBe(409);
    expect(blocked.json().error).toMatchObject({ code: "AID_UNRESOLVED_PROBLEMS", details: { open: 1 } });

    const short = await call(operator, "POST", `/api/aid/proposals/${p}/items/${odd.item.id}/justify`, {
      problemKey: odd.problems[0]?.key,
      text: "ok",
    });
    expect(short.statusCode).toBe(400);
    expect(
      (
        await call(operator, "POST", `/api/aid/proposals/${p}/items/${odd.item.id}/remove`, {
          reason: "NIK mustahil, tidak bisa diverifikasi",
        })
      ).statusCode,
    ).toBe(200);
    expect((await call(operator, "POST", `/api/aid/proposals/${p}/submit`)).json().status).toBe("submitted");

    const denied = await call(operator, "POST", `/api/aid/proposals/${p}/verify`);
    expect(denied.statusCode).toBe(403);
    expect(denied.json()).toEqual({
      error: { code: "FORBIDDEN", message: expect.any(String), requestId: expect.any(String) },
    });
    expect((await call(admin, "POST", `/api/aid/proposals/${p}/verify`)).json().status).toBe("verified");
    expect((await call(admin, "POST", `/api/aid/proposals/${p}/approve`, {})).statusCode).toBe(400);
    const approved = await call(admin, "POST", `/api/aid/proposals/${p}/approve`, {
      decreeNumber: "B-245/KUKM/IX/2020",
      decreeDate: "2020-09-02",
    });
    expect(approved.json()).toMatchObject({
      status: "approved",
      decreeNumber: "B-245/KUKM/IX/2020",
      snapshots: [{ version: 1, itemCount: 3, totalAmount: 7_200_000 }],
    });
    const sha = approved.json().snapshots[0].sha256 as string;

    const exp = await call(operator, "GET", `/api/aid/proposals/${p}/export`);
    expect(exp.statusCode).toBe(200);
    expect(exp.headers["x-list-sha256"]).toBe(sha);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(exp.rawPayload as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("Usulan")!;
    expect(ws.getRow(1).values).toEqual([
      undefined,
      "No",
      "NIK",
      "No. KK",
      "Nama",
      "Alamat",
      "Bidang Usaha",
      "No. HP",
      "Nama Usaha",
      "Kode Wilayah",
      "Nominal",
    ]);
    const rows = [2, 3, 4].map((n) => ws.getRow(n));
    expect(rows.map((r) => typeof r.getCell(2).value)).toEqual(["string", "string", "string"]);
    const recomputed = canonicalList(
      { programmeId: bpum.id, proposalId: p, version: 1 },
      rows.map((r) => ({
        nik: String(r.getCell(2).value),
        noKk: String(r.getCell(3).value),
        name: String(r.getCell(4).value),
        address: String(r.getCell(5).value ?? "") || null,
        sector: null,
        phone: String(r.getCell(7).value ?? "") || null,
        amount: Number(r.getCell(10).value),
      })),
    );
    expect(sha256Hex(recomputed)).toBe(sha);
    expect(JSON.stringify(wb.getWorksheet("Keterangan")!.getSheetValues())).toContain(sha);
    // The ministry sheet speaks Indonesian, in the office's zone, and prints on A4 landscape.
    const info = JSON.stringify(wb.getWorksheet("Keterangan")!.getSheetValues());
    expect(info).toContain("Disetujui");
    expect(info).toMatch(/\d\d\/\d\d\/\d{4} \d\d\.\d\d WIB/);
    expect(info).not.toMatch(/\d{4}-\d\d-\d\dT/);
    expect(wb.getWorksheet("Usulan")!.pageSetup).toMatchObject({ orientation: "landscape", fitToWidth: 1 });

    const decree = await call(operator, "GET", `/api/aid/proposals/${p}/decree.pdf`);
    expect(decree.headers["content-type"]).toBe("application/pdf");
    expect(decree.rawPayload.subarray(0, 4).toString()).toBe("%PDF");

    const upload = (csv: string) => {
      const boundary = "----t";
      return t.app.inject({
        method: "POST",
        url: `/api/aid/proposals/${p}/disbursements`,
        headers: { cookie: admin, "content-type": `multipart/form-data; boundary=${boundary}` },
        payload: Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="bank.csv"\r\nContent-Type: text/csv\r\n\r\n${csv}\r\n--${boundary}--\r\n`,
        ),
      });
    };
    const head = "NIK;NAMA;NOMINAL;REFERENSI;STATUS";
    const conflict = await upload(
      `${head}\n6271011111800011;RAHMAT HIDAYAT;2400000;R1;BERHASIL\n6271011212800012;DEWI SARTIKA;2400000;R1;BERHASIL`,
    );
    expect(conflict.statusCode).toBe(422);
    expect(conflict.json().error).toMatchObject({
      code: "AID_BANK_FILE_REJECTED",
      issues: [{ path: "baris 3", message: expect.stringContaining("REFERENCE_REPEATED") }],
    });

    const ok = await upload(
      [
        head,
        "6271011111800011;RAHMAT HIDAYAT;2400000;R1;BERHASIL",
        "6271011111800011;RAHMAT HIDAYAT;2400000;R2;BERHASIL",
        "6271011212800012;AGUS SALIM;2400000;R3;BERHASIL",
        "6271019999800099;ORANG LAIN;2400000;R4;BERHASIL",
        "6271017002850014;TANGGAL MUSTAHIL;2400000;R5;BERHASIL",
      ].join("\n"),
    );
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({ status: "accepted", paid: 5 });
    const rec = await call(admin, "GET", `/api/aid/proposals/${p}/reconciliation`);
    expect(rec.json()).toMatchObject({
      proposed: 4,
      approved: 3,
      byKind: { paid_twice: 1, name_differs: 1, nik_unknown: 1, paid_though_excluded: 1, not_paid: 1 },
    });
    expect((await call(admin, "GET", `/api/aid/proposals/${p}`)).json().status).toBe("disbursed");

    const revised = await call(admin, "POST", `/api/aid/proposals/${p}/revise`, {
      removeItemIds: [good.item.id],
      reason: "Dibayar dua kali, dana ditarik",
    });
    expect(revised.statusCode).toBe(201);
    expect(revised.json()).toMatchObject({ version: 2, itemCount: 2 });
    expect(revised.json().sha256).not.toBe(sha);
    const detail = (await call(admin, "GET", `/api/aid/proposals/${p}`)).json();
    expect(
      detail.snapshots.map((s: { version: number; sha256: string }) => [s.version, s.sha256 === sha]),
    ).toEqual([
      [1, true],
      [2, false],
    ]);
  });
});
