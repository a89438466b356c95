// The set-based commit on staged dry-run rows: every row lands as its duplicate decision says (new,
// update, add business, skip), with kendala, affected flag, impact, sources and a valid audit chain.
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { verifyAudit } from "../../../access";
import { createBusiness } from "../../register/create-business";
import { batchCounts, ctx, database, inRegister, scalar, stage, values } from "../../testing/commit-set-kit";
import { businessBody } from "../../testing/fixtures";
import { commitBatch } from "./commit-rows";

describe("set-based import commit: per-row decisions", () => {
  it("imports new rows, updates, adds businesses and skips as each row says", async () => {
    const a = await createBusiness({ ctx: ctx(), input: businessBody() });
    const b = await createBusiness({ ctx: ctx(), input: businessBody() });
    const [aBiz, aOwner] = [a.page.business.id, a.page.owner.id];
    const [bBiz, bOwner] = [b.page.business.id, b.page.owner.id];
    const persons = await scalar(sql`select count(*)::int n from registry.persons`);
    const id = await stage([
      { values: values(1, { kendala: "Modal usaha habis", terdampak: "Ya" }) },
      { values: values(2, { terdampak: null, omzet_sebelum: null, omzet_sesudah: null }) },
      {
        values: values(3, { kendala: "Bahan baku mahal" }),
        status: "warning",
        errors: inRegister("EXISTS_IN_REGISTER", aOwner, aBiz),
      },
      {
        values: values(4, { kendala: "Bahan baku mahal" }),
        status: "warning",
        errors: inRegister("EXISTS_IN_REGISTER", aOwner, aBiz),
      },
      {
        values: values(5),
        status: "warning",
        errors: inRegister("EXISTS_IN_REGISTER", bOwner, bBiz),
        choice: "add_business",
      },
      {
        values: values(6),
        status: "warning",
        errors: inRegister("EXISTS_IN_REGISTER", bOwner, bBiz),
        choice: "skip",
      },
      {
        values: values(7, { nama_usaha: "Usaha Tanpa Induk" }),
        status: "warning",
        errors: inRegister("LIKELY_IN_REGISTER", bOwner, null),
      },
      {
        values: values(8),
        status: "rejected",
        errors: [{ code: "NIK_INVALID", level: "error", field: "nik" }],
      },
    ]);
    const out = await commitBatch(ctx(), id);
    expect(out.rowsImported).toBe(4);
    expect(await scalar(sql`select count(*)::int n from registry.persons`)).toBe(persons + 2);
    expect(await batchCounts(id)).toEqual({ persons: 2, businesses: 4 });

    const stored = (
      await database.db.execute<{
        name: string;
        owner: string;
        affected: boolean | null;
        open: number;
        impacts: number;
        kendala: string | null;
      }>(sql`
        select b.name, b.owner_id as owner, b.affected, b.open_constraints as open,
          (select count(*)::int from registry.impact_assessments i where i.business_id = b.id) as impacts,
          (select string_agg(c.type || ':' || c.description || ':' || c.status, ',') from registry.constraints c where c.business_id = b.id) as kendala
        from registry.businesses b join registry.record_sources s on s.entity_id = b.id and s.entity_type = 'business'
        where s.import_batch_id = ${id} order by s.row_number`)
    ).rows;
    expect(stored.map((r) => r.name)).toEqual([
      "Usaha Uji 1",
      "Usaha Uji 2",
      "Usaha Uji 5",
      "Usaha Tanpa Induk",
    ]);
    expect(stored[0]).toMatchObject({
      affected: true,
      open: 1,
      impacts: 1,
      kendala: "capital:Modal usaha habis:open",
    });
    expect(stored[1]).toMatchObject({ affected: null, open: 0, impacts: 0, kendala: null });
    expect(stored.slice(2).map((r) => r.owner)).toEqual([bOwner, bOwner]);

    // The two update rows of one business: filled once, one kendala (the second row sees the first's).
    const updated = (
      await database.db.execute<{
        products: string;
        open: number;
        kendala: number;
        no_kk: string;
        street: string;
      }>(sql`
        select b.products, b.open_constraints as open, p.no_kk, p.street,
          (select count(*)::int from registry.constraints c where c.business_id = b.id and c.description = 'Bahan baku mahal') as kendala
        from registry.businesses b join registry.persons p on p.id = b.owner_id where b.id = ${aBiz}`)
    ).rows[0];
    expect(updated).toMatchObject({ products: "Kuliner", open: 1, kendala: 1, no_kk: "6271010101000003" });
    expect(updated?.street).toBe("Jl. Tjilik Riwut Km 3");
    const updates = await scalar(
      sql`select count(*)::int n from access.audit_events where action = 'registry.import-update' and entity_id = ${aBiz}`,
    );
    expect(updates).toBe(1);
    const commitEvent = (
      await database.db.execute<{ after: { register: unknown; rowsImported: number } }>(
        sql`select after from access.audit_events where action = 'registry.import-commit' and entity_id = ${id}`,
      )
    ).rows;
    expect(commitEvent).toHaveLength(1);
    expect(commitEvent[0]?.after.register).toEqual({
      inserted: 2,
      added: 2,
      updated: 1,
      unchanged: 1,
      skipped: 1,
      merged: 0,
      held: 0,
      joined: 0,
    });
    expect((await verifyAudit(database)).ok).toBe(true);
  });
});
