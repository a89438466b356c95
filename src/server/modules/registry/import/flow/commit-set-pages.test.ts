// The set-based commit across pages and failures: a NIK listed again pages apart is one person, and
// a commit that dies halfway leaves nothing behind; running it again imports each row once.
import { sql } from "drizzle-orm";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { verifyAudit } from "../../../access";
import { importBatches } from "../../schema-import";
import { batchCounts, ctx, database, scalar, stage, values } from "../../testing/commit-set-kit";
import { testNik } from "../../testing/fixtures";
import { PAGE_ROWS } from "./commit-page";
import { commitBatch } from "./commit-rows";

describe("set-based import commit: a NIK listed again in the file, pages apart", () => {
  it("writes one person: the owner's other business joins it, a repeat and another name do not land", async () => {
    const nik = testNik("62.71.01.1003");
    const again = (code: string) => [{ code, level: "warning", field: "nik" }];
    const first = values(1, { nik });
    const id = await stage([
      { values: first },
      ...Array.from({ length: PAGE_ROWS }, (_, i) => ({ values: values(20_000 + i) })),
      {
        values: { ...first, nama_usaha: "Usaha Lain" },
        status: "warning",
        errors: again("SAME_OWNER_IN_FILE"),
      },
      { values: first, status: "warning", errors: again("DUPLICATE_IN_FILE") },
      { values: { ...first, nama: "Nama Lain" }, status: "warning", errors: again("NIK_OTHER_NAME_IN_FILE") },
    ]);
    const out = await commitBatch(ctx(), id);
    expect(out.rowsImported).toBe(PAGE_ROWS + 2);
    expect(await scalar(sql`select count(*)::int n from registry.persons where nik = ${nik}`)).toBe(1);
    const names = await database.db.execute<{ name: string }>(sql`
      select b.name from registry.businesses b join registry.persons p on p.id = b.owner_id
      where p.nik = ${nik} order by b.name`);
    expect(names.rows.map((r) => r.name)).toEqual(["Usaha Lain", "Usaha Uji 1"]);
    expect(await batchCounts(id)).toEqual({ persons: PAGE_ROWS + 1, businesses: PAGE_ROWS + 2 });
  }, 60_000);
});

describe("set-based import commit: a commit that dies halfway", () => {
  const ROWS = 12_000; // three pages
  const many = () =>
    Array.from({ length: ROWS }, (_, i) => ({
      values: values(100 + i, { kendala: i % 10 === 0 ? "Sepi pembeli" : null }),
    }));
  const nothingOf = async (id: string) => {
    expect(await batchCounts(id)).toEqual({ persons: 0, businesses: 0 });
    const [batch] = await database.db.select().from(importBatches).where(sql`id = ${id}`);
    expect(batch?.status).toBe("dry_run");
  };

  it("leaves nothing when it fails after a page, and the re-run imports every row once", async () => {
    const id = await stage(many());
    const persons = await scalar(sql`select count(*)::int n from registry.persons`);
    const failing = () => {
      throw new Error("worker died");
    };
    await expect(commitBatch(ctx(), id, failing)).rejects.toThrow("worker died");
    await nothingOf(id);
    expect(await scalar(sql`select count(*)::int n from registry.persons`)).toBe(persons);

    // The connection itself killed in the middle (the job's process gone).
    const admin = new pg.Client({ connectionString: database.url });
    await admin.connect();
    // The kill is awaited before the admin connection closes: closing it with the query still out
    // would reject that query with nobody listening.
    let killing: Promise<unknown> | null = null;
    const kill = () => {
      killing ??= admin.query(`select pg_terminate_backend(pid) from pg_stat_activity
        where datname = current_database() and pid <> pg_backend_pid() and backend_xid is not null`);
    };
    await expect(commitBatch(ctx(), id, kill)).rejects.toThrow();
    await killing;
    await admin.end();
    await nothingOf(id);

    const started = performance.now();
    const done = await commitBatch(ctx(), id);
    const ms = performance.now() - started;
    console.log(
      `commit of ${ROWS} staged rows: ${Math.round(ms)} ms (${Math.round(ROWS / (ms / 1000))} rows/s)`,
    );
    expect(done.rowsImported).toBe(ROWS);
    expect(await batchCounts(id)).toEqual({ persons: ROWS, businesses: ROWS });
    expect(await scalar(sql`select count(*)::int n from registry.persons`)).toBe(persons + ROWS);
    expect(
      await scalar(sql`select count(*)::int n from registry.constraints c join registry.record_sources s
        on s.entity_id = c.business_id and s.entity_type = 'business' where s.import_batch_id = ${id}`),
    ).toBe(ROWS / 10);

    // A retried job finds the batch committed: same answer, nothing written twice.
    expect(await commitBatch(ctx(), id)).toEqual(done);
    expect(await batchCounts(id)).toEqual({ persons: ROWS, businesses: ROWS });
    expect(
      await scalar(
        sql`select count(*)::int n from access.audit_events where action = 'registry.import-commit' and entity_id = ${id}`,
      ),
    ).toBe(1);
    expect((await verifyAudit(database)).ok).toBe(true);
  }, 120_000);
});
