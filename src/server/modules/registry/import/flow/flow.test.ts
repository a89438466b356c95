import { sql } from "drizzle-orm";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { createTestApp } from "../../../../testing/test-app";
import { importUpload, waitForImportJob } from "../../testing/import";
import { buildMessyWorkbook, EXPECTED } from "../fixtures/messy-workbook";

const t = await createTestApp({ workers: true });
const operator = await t.login("operator.palangkaraya");
const kotim = await t.login("operator.kotim");
const admin = await t.login("admin.kalteng");
const pendamping = await t.login("pendamping.palangkaraya");
const workbook = await buildMessyWorkbook();

type Req = { method?: "GET" | "POST"; url: string; payload?: unknown; headers?: Record<string, string> };
const call = (cookie: string, req: Req) =>
  t.app.inject({ ...req, headers: { ...req.headers, cookie } } as never);

const count = (status: string) => EXPECTED.filter((e) => e.status === status).length;
type Sheet = { name: string; skipReason: string | null };

async function uploadAndDryRun(cookie = operator) {
  const up = await call(cookie, importUpload(workbook));
  expect(up.statusCode, up.body).toBe(201);
  const body = up.json();
  const sheets = (body.sheets as Sheet[]).filter((s) => s.skipReason === null).map((s) => s.name);
  const run = await call(cookie, {
    method: "POST",
    url: `/api/registry/imports/${body.batch.id}/dry-run`,
    payload: { sheets },
  });
  expect(run.statusCode, run.body).toBe(202);
  expect(await waitForImportJob(t.jobs, run.json().jobId)).toBe("completed");
  return { id: body.batch.id as string, upload: body, sheets };
}

async function commit(id: string, payload: object = {}) {
  const res = await call(operator, { method: "POST", url: `/api/registry/imports/${id}/commit`, payload });
  if (res.statusCode !== 202) return res;
  expect(await waitForImportJob(t.jobs, res.json().jobId)).toBe("completed");
  return res;
}

const scalar = async (q: ReturnType<typeof sql>) =>
  Number((await t.database.db.execute<{ n: number }>(q)).rows[0]?.n ?? -1);

describe("registry import: upload → dry run → commit → history → undo", () => {
  let first = "";
  it("uploads, pre-selects the data sheets and dry-runs every row with its reasons", async () => {
    const { id, upload, sheets } = await uploadAndDryRun();
    first = id;
    expect(upload.previous).toEqual([]);
    expect(sheets.sort()).toEqual(["Kec. Jekan Raya", "Kec. Pahandut"]);
    expect((upload.sheets as Sheet[]).find((s) => s.name === "Rekap")?.skipReason).not.toBeNull();
    const batch = (await call(operator, { url: `/api/registry/imports/${id}` })).json().batch;
    expect([batch.rowsValid, batch.rowsWarning, batch.rowsRejected]).toEqual([
      count("valid"),
      count("warning"),
      count("rejected"),
    ]);
    const rejected = await call(operator, {
      url: `/api/registry/imports/${id}/rows?status=rejected&code=NIK_PRECISION_LOSS`,
    });
    expect(rejected.statusCode, rejected.body).toBe(200);
    const rows = rejected.json().rows as { row: number; errors: { code: string; message: string }[] }[];
    expect(rows.map((r) => r.row)).toEqual([8, 9]);
    expect(rows[0]?.errors.find((e) => e.code === "NIK_PRECISION_LOSS")?.message).toMatch(/NIK/);
  });

  it("masks NIK and No. KK in staged rows unless revealed, and audits each reveal", async () => {
    const masked = (
      await call(operator, { url: `/api/registry/imports/${first}/rows?status=valid&limit=5` })
    ).json();
    const niks = masked.rows.map((r: { values: { nik: string | null } }) => r.values.nik).filter(Boolean);
    expect(niks.length).toBeGreaterThan(0);
    for (const nik of niks) expect(nik).toMatch(/^\d{4}\*{8}\d{4}$/);
    const reveals = sql`select count(*)::int as n from access.audit_events
      where action = 'registry.reveal-nik' and entity_id = ${first}`;
    expect(await scalar(reveals)).toBe(0);
    const full = (
      await call(operator, {
        url: `/api/registry/imports/${first}/rows?status=valid&limit=5&revealNik=true&revealReason=Periksa%20baris%20impor`,
      })
    ).json();
    expect(full.rows[0].values.nik).toMatch(/^\d{16}$/);
    expect(await scalar(reveals)).toBe(1);
    const refused = await call(pendamping, {
      url: `/api/registry/imports/${first}/rows?revealNik=true&revealReason=Periksa%20baris%20impor`,
    });
    expect(refused.statusCode).toBe(403);
  });

  it("serves the xlsx error report with the original row and a reasons column", async () => {
    const res = await call(operator, { url: `/api/registry/imports/${first}/error-report.xlsx` });
    expect(res.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = book.getWorksheet("Kec. Pahandut");
    expect(sheet?.getRow(1).getCell(3).value).toBe("Alasan");
    const texts = sheet?.getColumn(3).values.map(String).join("\n") ?? "";
    expect(texts).toContain("NIK_PRECISION_LOSS");
  });

  it("commits valid and warning rows as one batch with sources and one audit event", async () => {
    expect((await commit(first)).statusCode).toBe(202);
    const batch = (await call(operator, { url: `/api/registry/imports/${first}` })).json().batch;
    expect(batch.status).toBe("committed");
    // A row repeating an earlier one of the file (DUPLICATE_IN_FILE) is written once, with the first.
    const repeats = EXPECTED.filter((e) => e.codes.includes("DUPLICATE_IN_FILE")).length;
    expect(repeats).toBe(1);
    expect(batch.rowsImported).toBe(count("valid") + count("warning") - repeats);
    expect(
      await scalar(
        sql`select count(*)::int n from registry.record_sources where import_batch_id = ${first} and entity_type = 'business' and sheet is not null and row_number is not null`,
      ),
    ).toBe(batch.rowsImported);
    expect(
      await scalar(
        sql`select count(*)::int n from access.audit_events where action = 'registry.import-commit' and entity_id = ${first}`,
      ),
    ).toBe(1);
  });

  it("detects the same file uploaded again and refuses a second commit unless confirmed", async () => {
    const again = await uploadAndDryRun();
    expect(again.upload.previous.map((p: { id: string }) => p.id)).toEqual([first]);
    const res = await commit(again.id);
    expect(res.statusCode, res.body).toBe(409);
    expect(res.json().error.code).toBe("IMPORT_DUPLICATE_FILE");
    expect(res.json().error.message).toMatch(/sudah pernah diimpor pada/);
    // The rows are now in the register: added as second businesses of their owners on purpose here.
    const exists = await call(operator, {
      url: `/api/registry/imports/${again.id}/rows?code=EXISTS_IN_REGISTER`,
    });
    expect(exists.json().total).toBe(count("valid") + count("warning"));
    const added = await commit(again.id, { confirmDuplicate: true, duplicates: { all: "add_business" } });
    expect(added.statusCode).toBe(202);
    // A merged record blocks the undo of that batch, with the reason.
    await t.database.db.execute(
      sql`update registry.businesses set status = 'merged' where id = (select entity_id from registry.record_sources where import_batch_id = ${again.id} and entity_type = 'business' limit 1)`,
    );
    const undo = await call(operator, { method: "POST", url: `/api/registry/imports/${again.id}/undo` });
    expect(undo.statusCode, undo.body).toBe(409);
    expect(undo.json().error).toMatchObject({ code: "IMPORT_UNDO_REFUSED" });
    expect(undo.json().error.message).toMatch(/digabung/);
    // Once the merge is reverted the second batch goes, so the first one's owners are free again.
    await t.database.db.execute(
      sql`update registry.businesses set status = 'active' where id in (select entity_id from registry.record_sources where import_batch_id = ${again.id})`,
    );
    const undone = await call(operator, { method: "POST", url: `/api/registry/imports/${again.id}/undo` });
    expect(undone.statusCode, undone.body).toBe(200);
  });

  it("lists the history and undoes a whole batch", async () => {
    const history = await call(operator, { url: "/api/registry/imports" });
    expect(history.json().map((b: { id: string }) => b.id)).toContain(first);
    const undo = await call(operator, { method: "POST", url: `/api/registry/imports/${first}/undo` });
    expect(undo.statusCode, undo.body).toBe(200);
    expect(undo.json().status).toBe("undone");
    expect(
      await scalar(sql`select count(*)::int n from registry.record_sources where import_batch_id = ${first}`),
    ).toBe(0);
    expect(
      await scalar(
        sql`select count(*)::int n from access.audit_events where action = 'registry.import-undo' and entity_id = ${first}`,
      ),
    ).toBe(1);
  });
});

describe("registry import: scope and roles", () => {
  it.each([
    ["another regency", kotim, { regionCode: "62.71" }, 403, "OUT_OF_SCOPE"],
    ["outside the province", admin, { regionCode: "13.10" }, 403, "OUT_OF_SCOPE"],
    ["admin without a regency", admin, {}, 400, "VALIDATION"],
    ["a field assistant", pendamping, {}, 403, "FORBIDDEN"],
  ])("refuses an upload by %s", async (_label, cookie, fields, status, code) => {
    const res = await call(cookie, importUpload(workbook, fields as Record<string, string>));
    expect(res.statusCode, res.body).toBe(status);
    expect(res.json().error.code).toBe(code);
  });

  it("hides another office's batch", async () => {
    const up = await call(operator, importUpload(workbook));
    const res = await call(kotim, { url: `/api/registry/imports/${up.json().batch.id}` });
    expect(res.statusCode).toBe(404);
  });
});
