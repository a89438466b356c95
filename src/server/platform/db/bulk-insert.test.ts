// The set-based writes keep every value exactly: quotes, backslashes, commas, braces, NULL and the
// word NULL, arrays, json, dates and timestamps; patches by id merge and never clear a value.
import { sql } from "drizzle-orm";
import { boolean, date, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { describe, expect, it } from "vitest";
import { createTestDatabase } from "../../testing/test-db";
import { newId } from "../ids";
import { insertAllStatement, insertRows, patchRows } from "./bulk-insert";

const database = await createTestDatabase();
const things = pgTable("bulk_things", {
  id: uuid("id").primaryKey(),
  name: text("name").notNull(),
  note: text("note"),
  n: integer("n"),
  ok: boolean("ok"),
  day: date("day", { mode: "string" }),
  at: timestamp("at", { withTimezone: true, mode: "date" }),
  tags: text("tags").array(),
  data: jsonb("data"),
});
const children = pgTable("bulk_children", {
  id: uuid("id").primaryKey(),
  thingId: uuid("thing_id").notNull(),
});
await database.db.execute(sql`create table bulk_things (id uuid primary key, name text not null, note text,
  n int, ok boolean, day date, at timestamptz, tags text[], data jsonb)`);
await database.db.execute(
  sql`create table bulk_children (id uuid primary key, thing_id uuid not null references bulk_things (id))`,
);

const tricky = ['Warung "Bu Siti"', "Jl. A\\B, RT {2}", "NULL", "", "koma, kurung (x)", "émoji 🙂 'petik'"];

describe("bulk insert and patch", () => {
  it("stores every value as given", async () => {
    const at = new Date("2026-12-07T08:15:30.123Z");
    const rows = tricky.map((name, i) => ({
      id: newId(),
      name,
      note: i % 2 === 0 ? null : name,
      n: i === 3 ? null : i * 1000,
      ok: i % 3 === 0 ? null : i % 2 === 0,
      day: i === 1 ? null : "1980-05-12",
      at,
      tags: i === 2 ? null : [name, "b,c", 'd"e', ""],
      data: { name, list: [i, null] },
    }));
    await database.db.transaction((t) => insertRows(t, things, rows));
    const stored = await database.db.select().from(things).orderBy(things.id);
    expect(stored).toEqual([...rows].sort((a, b) => a.id.localeCompare(b.id)));
  });

  it("inserts into several tables in one statement, foreign keys checked at its end", async () => {
    const parent = { id: newId(), name: "induk" };
    const q = insertAllStatement([
      { table: children, rows: [{ id: newId(), thingId: parent.id }] },
      { table: things, rows: [parent] },
    ] as never);
    await database.db.transaction(async (t) => {
      if (q) await t.execute(q);
    });
    expect(await database.db.select().from(children)).toHaveLength(1);
    expect(insertAllStatement([{ table: things, rows: [] }] as never)).toBeNull();
  });

  it("patches rows by id, merging patches of one id and keeping what a patch leaves out", async () => {
    const id = newId();
    await database.db.transaction((t) => insertRows(t, things, [{ id, name: "awal", note: "tetap", n: 1 }]));
    await database.db.transaction((t) =>
      patchRows(t, things, [
        { id, n: 2, note: null },
        { id, tags: ["x"] },
        { id, n: 3 },
      ]),
    );
    const [row] = await database.db.select().from(things).where(sql`id = ${id}`);
    expect(row).toMatchObject({ name: "awal", note: "tetap", n: 3, tags: ["x"] });
  });
});
