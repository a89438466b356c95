import type { InjectOptions } from "fastify";
import { describe, expect, it } from "vitest";
import { createTestApp } from "../../../testing/test-app";
import { seedRegistryFixture } from "../testing/fixtures";

const t = await createTestApp();
const fx = await seedRegistryFixture(t.database);
const pendamping = await t.login("pendamping.palangkaraya");
const konsultan = await t.login("konsultan.plut");
const pimpinan = await t.login("pimpinan.kalteng");

const call = async (
  cookie: string,
  req: { method?: "GET" | "POST" | "PATCH"; url: string; payload?: object },
) => {
  const opts: InjectOptions = { ...req, headers: { cookie } };
  const res = await t.app.inject(opts);
  return { status: res.statusCode, body: res.json() };
};

describe("kendala board (S3)", () => {
  it("a field assistant reports, a consultant assigns and follows up, the kendala is resolved", async () => {
    const created = await call(pendamping, {
      method: "POST",
      url: `/api/registry/businesses/${fx.businessIn}/constraints`,
      payload: { type: "raw_material", description: "Karet/tali masker habis di pasar" },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      status: "open",
      reportedBy: "pendamping.palangkaraya",
      regionName: "Langkai",
    });
    const id = created.body.id as string;
    const assigned = await call(konsultan, {
      method: "POST",
      url: `/api/registry/constraints/${id}/assign`,
      payload: { assigneeName: "PLUT Kalteng" },
    });
    expect(assigned.body.assigneeName).toBe("PLUT Kalteng");
    await call(konsultan, {
      method: "POST",
      url: `/api/registry/constraints/${id}/status`,
      payload: { status: "in_progress" },
    });
    await call(konsultan, {
      method: "POST",
      url: `/api/registry/constraints/${id}/follow-ups`,
      payload: { note: "Karet dibeli bersama dari Banjarmasin" },
    });
    const resolved = await call(pendamping, {
      method: "POST",
      url: `/api/registry/constraints/${id}/status`,
      payload: { status: "resolved", note: "Sudah diterima" },
    });
    expect(resolved.status).toBe(200);
    expect(resolved.body.status).toBe("resolved");
    expect(resolved.body.resolvedAt).not.toBeNull();
    expect(
      resolved.body.followUps.map((f: { note: string; statusTo: string | null }) => [f.note, f.statusTo]),
    ).toEqual([
      ["Ditugaskan kepada PLUT Kalteng", null],
      ["", "in_progress"],
      ["Karet dibeli bersama dari Banjarmasin", null],
      ["Sudah diterima", "resolved"],
    ]);
    const audit = await t.database.pool.query(
      "select action from access.audit_events where entity_id = $1 order by seq",
      [id],
    );
    expect(audit.rows.map((r) => r.action)).toEqual([
      "registry.report-constraint",
      "registry.assign-constraint",
      "registry.change-constraint-status",
      "registry.follow-up-constraint",
      "registry.change-constraint-status",
    ]);
  });

  it("refuses a move backwards with 409 INVALID_TRANSITION", async () => {
    const res = await call(konsultan, {
      method: "POST",
      url: `/api/registry/constraints/${fx.constraintIn}/status`,
      payload: { status: "resolved" },
    });
    expect(res.status).toBe(200);
    const back = await call(konsultan, {
      method: "POST",
      url: `/api/registry/constraints/${fx.constraintIn}/status`,
      payload: { status: "in_progress" },
    });
    expect(back.status).toBe(409);
    expect(back.body.error.code).toBe("INVALID_TRANSITION");
  });

  it("lists by type and status with board counts, inside scope only", async () => {
    const board = await call(pimpinan, { url: "/api/registry/constraints?type=raw_material" });
    expect(board.status).toBe(200);
    expect(
      board.body.items.every(
        (i: { regionCode: string; type: string }) =>
          i.regionCode.startsWith("62.") && i.type === "raw_material",
      ),
    ).toBe(true);
    expect(board.body.counts).toEqual([{ type: "raw_material", status: "resolved", count: 2 }]);
    const denied = await call(pimpinan, {
      method: "POST",
      url: `/api/registry/businesses/${fx.businessIn}/constraints`,
      payload: { type: "other", description: "x" },
    });
    expect(denied.status).toBe(403);
  });

  it("keeps the business's open-kendala counter for the list filter", async () => {
    const page = await call(pimpinan, { url: `/api/registry/businesses/${fx.businessIn}` });
    expect(page.body.business.openConstraints).toBe(0);
    expect(page.body.constraints).toHaveLength(2);
  });
});
