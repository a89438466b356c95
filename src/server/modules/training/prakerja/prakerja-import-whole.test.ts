// A Kartu Prakerja import is one transaction (the list, its rows, their statuses: a failure halfway
// leaves nothing, not even a queued link run), and "registered" leaves out rows marked refused.
import { describe, expect, it } from "vitest";
import { createTestApp } from "../../../testing/test-app";
import { multipart } from "../testing/http";

const t = await createTestApp();
const operator = await t.login("operator.palangkaraya");
const pimpinan = await t.login("pimpinan.kalteng");
const L = "/api/training/prakerja/lists";

async function send(name: string, csv: string) {
  const body = multipart(
    { name, regionCode: "62.71" },
    { name: "prakerja.csv", type: "text/csv", content: csv },
  );
  return t.app.inject({
    method: "POST",
    url: L,
    headers: { cookie: operator, ...body.headers },
    payload: body.payload,
  });
}

const prakerja = async () =>
  (await t.app.inject({ url: "/api/reports/summary?region=62.71", headers: { cookie: pimpinan } })).json()
    .prakerja as { registered: number; passed: number };
const count = async (q: string, args: unknown[] = []) =>
  Number((await t.database.pool.query<{ n: string }>(q, args)).rows[0]?.n ?? 0);

describe("Kartu Prakerja import", () => {
  it("counts as registered only the rows not refused", async () => {
    const before = await prakerja();
    const csv = [
      "No,NIK,Nama Lengkap,Gelombang,Status",
      "1,6271014101850031,Yuliana Lestari,5,Lulus",
      "2,6271014101850032,Dedi Kurniawan,5,Terdaftar",
      "3,6271014101850033,Hendra Saputra,5,Ditolak",
      "4,6271014101850034,Maria Ulfa,5,Pendaftaran dibatalkan",
    ].join("\n");
    const res = await send("Prakerja gelombang 5", csv);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().list.counts).toEqual({ rows: 4, registered: 2, passed: 1, incentive: 0 });
    expect(await prakerja()).toEqual({ registered: before.registered + 2, passed: before.passed + 1 });
  });

  it("a failure while storing the statuses leaves no list, no rows and no link run", async () => {
    await t.database.pool.query(`
      create or replace function training.test_fail_prakerja() returns trigger language plpgsql as $$
      begin if new.name = 'Gagal Simpan' then raise exception 'test failure halfway'; end if; return new; end $$;
      create trigger test_fail_prakerja before insert on training.prakerja_rows
        for each row execute function training.test_fail_prakerja();`);
    const lists = await count("select count(*) as n from linkage.lists");
    const rows = await count("select count(*) as n from linkage.list_rows");
    const runs = await count("select count(*) as n from linkage.runs");
    const statuses = await count("select count(*) as n from training.prakerja_rows");
    const before = await prakerja();
    const csv = [
      "No,NIK,Nama Lengkap,Status",
      "1,6271014101850041,Sri Wahyuni,Lulus",
      "2,6271014101850042,Gagal Simpan,Terdaftar",
    ].join("\n");
    const res = await send("Prakerja gagal", csv);
    expect(res.statusCode).toBe(500);
    expect(await count("select count(*) as n from linkage.lists")).toBe(lists);
    expect(await count("select count(*) as n from linkage.list_rows")).toBe(rows);
    expect(await count("select count(*) as n from linkage.runs")).toBe(runs);
    expect(await count("select count(*) as n from training.prakerja_rows")).toBe(statuses);
    expect(await count("select count(*) as n from linkage.lists where name = $1", ["Prakerja gagal"])).toBe(
      0,
    );
    expect(await prakerja()).toEqual(before);
    await t.database.pool.query("drop trigger test_fail_prakerja on training.prakerja_rows");
    const again = await send("Prakerja gagal", csv);
    expect(again.statusCode, again.body).toBe(201);
    expect(await prakerja()).toEqual({ registered: before.registered + 2, passed: before.passed + 1 });
  });
});
