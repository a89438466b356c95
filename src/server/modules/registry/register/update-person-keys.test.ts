// A corrected owner is found under the new values at once: the owner's match keys (the duplicate
// hint's and the candidate search's index) are rewritten in the correction's transaction.
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createTestApp } from "../../../testing/test-app";
import { businessBody } from "../testing/fixtures";

const t = await createTestApp();
const operator = await t.login("operator.palangkaraya");
const keysOf = async (id: string) =>
  (
    await t.database.db.execute<{ k: string[] }>(
      sql`select match_keys k from registry.persons where id = ${id}`,
    )
  ).rows[0]?.k ?? [];

describe("PATCH /api/registry/persons/:id", () => {
  it("rewrites the owner's match keys with the corrected name and birth date", async () => {
    const created = await t.app.inject({
      method: "POST",
      url: "/api/registry/businesses",
      payload: businessBody({ name: "Siti Rahmawati" }),
      headers: { cookie: operator },
    });
    expect(created.statusCode, created.body).toBe(201);
    const personId = created.json().owner.id as string;
    const before = await keysOf(personId);
    expect(before.length).toBeGreaterThan(0);
    const res = await t.app.inject({
      method: "PATCH",
      url: `/api/registry/persons/${personId}`,
      payload: { name: "Nurhayati Wulandari", birthDate: "1975-11-03" },
      headers: { cookie: operator },
    });
    expect(res.statusCode, res.body).toBe(200);
    const after = await keysOf(personId);
    expect(after.length).toBeGreaterThan(0);
    expect(after).not.toEqual(before);
    expect(after.join(" ")).not.toContain("RAHMAWATI");
  });
});
