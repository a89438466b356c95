// Route tests of recipients and reports: the owner's aid status, the in-kind hand-over with its
// receipt (S5), and the programme report.
import { describe, expect, it } from "vitest";
import { createTestApp, DEMO_PASSWORD } from "../../../testing/test-app";
import { createUser, systemCtx } from "../../access";
import { createBusiness } from "../../registry";
import { OPEN_RULES } from "../domain";
import { createProgramme } from "../programmes/manage-programmes";
import { proposalTrail } from "../testing/trail";

const t = await createTestApp();
const ctx = systemCtx(t.database, "test");
const rules = { ...OPEN_RULES, sizeClasses: [], sectors: [], excludedOccupations: [] };
const base = {
  fundSource: "APBD" as const,
  periodStart: "2020-06-01",
  phases: [],
  requiredDocuments: [],
  exclusions: [],
  rules,
};
const masks = await createProgramme({
  ctx,
  input: {
    ...base,
    code: "T-MASKER",
    name: "Masker Uji",
    kind: "in_kind",
    amount: 250_000,
    unit: "masker",
    unitsPerRecipient: 50,
  },
});
const cash = await createProgramme({
  ctx,
  input: { ...base, code: "T-TUNAI", name: "Tunai Uji", kind: "cash", amount: 1_000_000 },
});
const operator = await t.login("operator.palangkaraya");
const admin = await t.login("admin.kalteng");

async function call(cookie: string, method: "GET" | "POST", url: string, payload?: unknown) {
  return t.app.inject({
    method,
    url,
    headers: { cookie },
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
}

async function approvedProposal(
  programmeId: string,
  people: Array<{ nik: string; nama: string }>,
): Promise<{ id: string; items: string[] }> {
  const p = (await call(operator, "POST", "/api/aid/proposals", { programmeId, regionCode: "62.71" })).json()
    .id as string;
  const items: string[] = [];
  for (const person of people)
    items.push((await call(operator, "POST", `/api/aid/proposals/${p}/items`, person)).json().item.id);
  expect((await call(operator, "POST", `/api/aid/proposals/${p}/submit`)).statusCode).toBe(200);
  expect((await call(admin, "POST", `/api/aid/proposals/${p}/verify`)).statusCode).toBe(200);
  expect(
    (await call(admin, "POST", `/api/aid/proposals/${p}/approve`, { decreeNumber: "B-7/2020" })).statusCode,
  ).toBe(200);
  return { id: p, items };
}

function handover(proposalId: string, itemId: string, withFile: boolean) {
  const b = "----h";
  const f = (k: string, v: string) => `--${b}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`;
  const file = withFile
    ? `--${b}\r\nContent-Disposition: form-data; name="file"; filename="tt.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4 tanda terima\r\n`
    : "";
  return t.app.inject({
    method: "POST",
    url: `/api/aid/proposals/${proposalId}/items/${itemId}/handover`,
    headers: { cookie: operator, "content-type": `multipart/form-data; boundary=${b}` },
    payload: Buffer.from(
      `${f("quantity", "50")}${f("handedOn", "2020-07-01")}${f("receivedBy", "Ani Lestari")}${file}--${b}--\r\n`,
    ),
  });
}

describe("in-kind hand-over with a signed receipt (S5)", () => {
  it("records each hand-over once, keeps the receipt, and disburses when all received", async () => {
    const p = await approvedProposal(masks.id, [
      { nik: "6271014503880101", nama: "Ani Lestari" },
      { nik: "6271014503880102", nama: "Budi Santoso" },
    ]);
    const noFile = await handover(p.id, p.items[0]!, false);
    expect(noFile.statusCode).toBe(400);
    expect(noFile.json().error.code).toBe("VALIDATION");
    const first = await handover(p.id, p.items[0]!, true);
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ quantity: 50, receivedBy: "Ani Lestari", hasReceipt: true });
    const again = await handover(p.id, p.items[0]!, true);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe("AID_HANDOVER_REFUSED");
    const receipt = await call(operator, "GET", `/api/aid/handovers/${first.json().id}/receipt`);
    expect(receipt.body).toBe("%PDF-1.4 tanda terima");
    expect((await call(operator, "GET", `/api/aid/proposals/${p.id}`)).json().status).toBe("approved");
    expect((await handover(p.id, p.items[1]!, true)).statusCode).toBe(201);
    expect((await call(operator, "GET", `/api/aid/proposals/${p.id}`)).json()).toMatchObject({
      status: "disbursed",
      programmeKind: "in_kind",
    });
    expect((await call(operator, "GET", `/api/aid/proposals/${p.id}/handovers`)).json()).toHaveLength(2);
    const trail = await proposalTrail(t.database, p.id);
    expect(trail.audit.filter((a) => a.action === "aid.disburse")).toEqual([
      { action: "aid.disburse", after: { status: "disbursed", handovers: 2 } },
    ]);
    expect(trail.events.filter((e) => e.action === "disburse")).toEqual([
      {
        action: "disburse",
        fromStatus: "approved",
        toStatus: "disbursed",
        reason: "semua penerima sudah menerima barang",
      },
    ]);
  });

  it("refuses a hand-over for cash aid", async () => {
    const p = await approvedProposal(cash.id, [{ nik: "6271014503880103", nama: "Citra" }]);
    const res = await handover(p.id, p.items[0]!, true);
    expect(res.statusCode).toBe(409);
  });
});

describe("the owner's aid status and the programme report", () => {
  it("shows the owner the aid their own business was proposed for", async () => {
    const created = await createBusiness({
      ctx,
      input: {
        owner: { nik: "6271015506850007", name: "Dewi Anggraini", sex: "P" },
        business: { name: "Warung Dewi", sector: "kuliner", regionCode: "62.71.01.1001" },
      },
    });
    const businessId = created.page.business.id;
    await createUser({
      ctx,
      input: {
        username: "usaha.dewi",
        displayName: "Dewi",
        role: "pelaku_usaha",
        scope: "62.71",
        password: DEMO_PASSWORD,
        businessId,
      },
    });
    const owner = await t.login("usaha.dewi");
    expect((await call(owner, "GET", "/api/aid/my-status")).json()).toEqual([]);
    const p = (
      await call(operator, "POST", "/api/aid/proposals", { programmeId: cash.id, regionCode: "62.71" })
    ).json().id as string;
    const added = await call(operator, "POST", `/api/aid/proposals/${p}/items`, { businessId });
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json().item).toMatchObject({
      businessName: "Warung Dewi",
      source: "register",
      nikMasked: "6271********0007",
    });
    const mine = (await call(owner, "GET", "/api/aid/my-status")).json();
    expect(mine).toEqual([
      expect.objectContaining({
        programmeName: "Tunai Uji",
        proposalStatus: "draft",
        paid: false,
        amount: 1_000_000,
      }),
    ]);
    expect((await call(owner, "GET", `/api/aid/proposals/${p}`)).statusCode).toBe(403);
  });

  it("reports coverage and duplicates prevented", async () => {
    const a = (
      await call(operator, "POST", "/api/aid/proposals", { programmeId: cash.id, regionCode: "62.71" })
    ).json().id as string;
    await call(operator, "POST", `/api/aid/proposals/${a}/items`, { nik: "6271016007900001", nama: "Eka" });
    const b = (
      await call(operator, "POST", "/api/aid/proposals", { programmeId: cash.id, regionCode: "62.71" })
    ).json().id as string;
    const dup = (
      await call(operator, "POST", `/api/aid/proposals/${b}/items`, { nik: "6271016007900001", nama: "Eka" })
    ).json();
    expect(dup.problems[0].code).toBe("AID_DUPLICATE_RECIPIENT");
    await call(operator, "POST", `/api/aid/proposals/${b}/items/${dup.item.id}/remove`, {
      reason: "Sudah diusulkan di usulan lain",
    });
    const report = (await call(admin, "GET", `/api/aid/reports?programmeId=${cash.id}`)).json();
    expect(report.prevented).toMatchObject({ count: 1, amount: 1_000_000 });
    expect(report.coverage[0]).toMatchObject({ regionCode: "62.71" });
  });
});

describe("the ministry's decision", () => {
  function upload(url: string, csv: string) {
    const b = "----d";
    return t.app.inject({
      method: "POST",
      url,
      headers: { cookie: admin, "content-type": `multipart/form-data; boundary=${b}` },
      payload: Buffer.from(
        `--${b}\r\nContent-Disposition: form-data; name="file"; filename="f.csv"\r\nContent-Type: text/csv\r\n\r\n${csv}\r\n--${b}--\r\n`,
      ),
    });
  }

  it("marks rejected recipients, and a payment to one of them is flagged", async () => {
    const p = await approvedProposal(cash.id, [
      { nik: "6271014503880201", nama: "Fajar" },
      { nik: "6271014503880202", nama: "Gita" },
    ]);
    const bad = await upload(
      `/api/aid/proposals/${p.id}/decision`,
      "NIK;NAMA;KEPUTUSAN\n6271014503880201;FAJAR;MUNGKIN",
    );
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error).toMatchObject({
      code: "AID_DECISION_FILE_REJECTED",
      issues: [{ path: "baris 2" }],
    });
    const ok = await upload(
      `/api/aid/proposals/${p.id}/decision`,
      "NIK;NAMA;KEPUTUSAN;ALASAN\n6271014503880201;FAJAR;DISETUJUI;\n6271014503880202;GITA;DITOLAK;Tercatat sebagai PNS\n6271019999880299;LAIN;DISETUJUI;",
    );
    expect(ok.json()).toMatchObject({ approved: 2, rejected: 1, unknown: 1 });
    expect(
      (await proposalTrail(t.database, p.id)).audit.filter((a) => a.action === "aid.import-decision"),
    ).toEqual([
      {
        action: "aid.import-decision",
        after: {
          decisionId: expect.any(String),
          fileSha256: expect.any(String),
          approved: 2,
          rejected: 1,
          unknown: 1,
        },
      },
    ]);
    const items = (await call(admin, "GET", `/api/aid/proposals/${p.id}/items`)).json().items as Array<{
      name: string;
      decision: string;
      decisionReason: string | null;
    }>;
    expect(items.find((i) => i.name === "Gita")).toMatchObject({
      decision: "rejected",
      decisionReason: "Tercatat sebagai PNS",
    });
    const bank =
      "NIK;NAMA;NOMINAL;REFERENSI;STATUS\n6271014503880201;FAJAR;1000000;K1;BERHASIL\n6271014503880202;GITA;1000000;K2;BERHASIL";
    expect((await upload(`/api/aid/proposals/${p.id}/disbursements`, bank)).statusCode).toBe(201);
    const rec = (await call(admin, "GET", `/api/aid/proposals/${p.id}/reconciliation`)).json();
    expect(rec).toMatchObject({ approved: 1, paid: 2, byKind: { paid_though_excluded: 1 } });
    const letter = await call(operator, "GET", `/api/aid/items/${p.items[1]}/letter.pdf`);
    expect(letter.headers["content-type"]).toBe("application/pdf");
  });
});
