// Route test of the whole flow with its gates: problems block the submission, the frozen list and
// its export, the decree, the bank file and reconciliation, and a revision of the approved list.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { canonicalList, sha256Hex } from "./domain";
import { multipartFile } from "./testing/http";
import { aidRoutesKit } from "./testing/routes-kit";
import { proposalTrail } from "./testing/trail";

const { t, bpum, operator, admin, call, newProposal, addPerson } = await aidRoutesKit();

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
      const file = multipartFile({ name: "bank.csv", type: "text/csv", content: csv });
      return t.app.inject({
        method: "POST",
        url: `/api/aid/proposals/${p}/disbursements`,
        headers: { cookie: admin, ...file.headers },
        payload: file.payload,
      });
    };
    const head = "NIK;NAMA;NOMINAL;REFERENSI;STATUS";
    const conflict = await upload(
      `${head}\n6271011111800011;RAHMAT HIDAYAT;2400000;R1;BERHASIL\n6271011212800012;DEWI SARTIKA;2400000;R1;BERHASIL`,
    );
    expect(conflict.statusCode).toBe(422);
    expect(conflict.json().error).toMatchObject({
      code: "AID_BANK_FILE_REJECTED",
      issues: [{ path: "baris 3", message: "referensi R1 sama dengan baris 2" }],
    });
    // Words only, no internal codes, in the reader's language.
    expect(conflict.body).not.toContain("REFERENCE_REPEATED");

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
    // The refused file and the accepted one are both on the proposal's trail, with the disbursement between.
    const trail = await proposalTrail(t.database, p);
    expect(trail.audit.filter((a) => /bank|disburs/.test(a.action))).toEqual([
      {
        action: "aid.reject-bank-file",
        after: { batchId: expect.any(String), fileSha256: expect.any(String), conflicts: 1 },
      },
      { action: "aid.disburse", after: { status: "disbursed", batchId: expect.any(String) } },
      {
        action: "aid.import-disbursement",
        after: { batchId: expect.any(String), fileSha256: expect.any(String), rows: 5, paid: 5, findings: 5 },
      },
    ]);
    expect(trail.events.filter((e) => e.action === "disburse")).toEqual([
      { action: "disburse", fromStatus: "approved", toStatus: "disbursed", reason: "berkas bank bank.csv" },
    ]);

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
