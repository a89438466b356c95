// Corrections from the record pages (issue 11, item 2): a business, its owner and a cooperative
// are edited over HTTP, scope-checked, validated, and the page shows what changed; a pivot keeps
// its share of production; a "not sure" duplicate answer is kept with the record.
import type { InjectOptions } from "fastify";
import { describe, expect, it } from "vitest";
import { createTestApp } from "../../testing/test-app";
import { businessBody, mistypedNik, seedRegistryFixture } from "./testing/fixtures";

const t = await createTestApp();
const fx = await seedRegistryFixture(t.database);
const operator = await t.login("operator.palangkaraya");
const kotim = await t.login("operator.kotim");
const pimpinan = await t.login("pimpinan.kalteng");

const call = (cookie: string, req: { method?: "GET" | "POST" | "PATCH"; url: string; payload?: object }) =>
  t.app.inject({ ...req, headers: { cookie } } as InjectOptions);

type Change = { field: string; from: unknown; to: unknown };
type Event = { action: string; changes: Change[] };

describe("editing a business and its owner", () => {
  it("shows the changed fields in the page's history", async () => {
    const url = `/api/registry/businesses/${fx.businessIn}`;
    const res = await call(operator, {
      method: "PATCH",
      url,
      payload: { name: "Konveksi Bu Siti", employees: 4 },
    });
    expect(res.statusCode, res.body).toBe(200);
    const owner = await call(operator, {
      method: "PATCH",
      url: `/api/registry/persons/${fx.personIn}`,
      payload: { phone: "0813-2222-3333" },
    });
    expect(owner.statusCode, owner.body).toBe(200);
    const page = (await call(operator, { url })).json();
    const history = page.history as Event[];
    const edit = history.find((e) => e.action === "registry.update-business");
    expect(edit?.changes).toEqual(
      expect.arrayContaining([
        { field: "name", from: "Penjahit Bu Siti", to: "Konveksi Bu Siti" },
        { field: "employees", from: null, to: 4 },
      ]),
    );
    expect(edit?.changes.map((c) => c.field)).not.toContain("updatedAt");
    const person = history.find((e) => e.action === "registry.update-person");
    expect(person?.changes).toEqual([{ field: "phone", from: "+6281234567890", to: "+6281322223333" }]);
  });

  it("refuses an edit out of scope, by a reader, and with a bad NIB", async () => {
    const url = `/api/registry/businesses/${fx.businessIn}`;
    expect((await call(kotim, { method: "PATCH", url, payload: { name: "X" } })).statusCode).toBe(404);
    expect((await call(pimpinan, { method: "PATCH", url, payload: { name: "X" } })).statusCode).toBe(403);
    const bad = await call(operator, { method: "PATCH", url, payload: { nib: "12" } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.issues[0].path).toBe("nib");
  });
});

describe("a cooperative's page", () => {
  it("edits a cooperative and lists the change in its history", async () => {
    const url = `/api/registry/cooperatives/${fx.cooperativeIn}`;
    const res = await call(operator, {
      method: "PATCH",
      url,
      payload: { members: 41, street: "Jl. Tjilik Riwut" },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ members: 41, street: "Jl. Tjilik Riwut", name: "KSU Betang Lestari" });
    const page = (await call(operator, { url })).json();
    expect(page.cooperative.members).toBe(41);
    const edit = (page.history as Event[]).find((e) => e.action === "registry.update-cooperative");
    expect(edit?.changes).toHaveLength(2);
    expect(edit?.changes).toEqual(
      expect.arrayContaining([
        { field: "members", from: 25, to: 41 },
        { field: "street", from: null, to: "Jl. Tjilik Riwut" },
      ]),
    );
  });

  it("is out of reach for another regency and refuses bad input", async () => {
    const url = `/api/registry/cooperatives/${fx.cooperativeIn}`;
    expect([403, 404]).toContain((await call(kotim, { url })).statusCode);
    expect([403, 404]).toContain(
      (await call(kotim, { method: "PATCH", url, payload: { members: 1 } })).statusCode,
    );
    expect((await call(operator, { method: "PATCH", url, payload: { members: -3 } })).statusCode).toBe(400);
    const region = await call(operator, { method: "PATCH", url, payload: { regionCode: "62.71.99.9999" } });
    expect(region.statusCode).toBe(400);
    expect(region.json().error.issues[0].path).toBe("regionCode");
  });
});

describe("production pivots", () => {
  it("keeps the share of production and shows it on the page", async () => {
    const url = `/api/registry/businesses/${fx.businessIn}`;
    const payload = { before: "Baju muslim", after: "Masker kain", since: "2020-04-01", share: 60 };
    const res = await call(operator, { method: "POST", url: `${url}/pivots`, payload });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().share).toBe(60);
    const over = await call(operator, {
      method: "POST",
      url: `${url}/pivots`,
      payload: { ...payload, share: 120 },
    });
    expect(over.statusCode).toBe(400);
    const page = (await call(operator, { url })).json();
    expect(page.pivots[0]).toMatchObject({ after: "Masker kain", share: 60 });
  });
});

describe("'not sure' in the duplicate question", () => {
  it("saves a new person and keeps the pair with the record for review", async () => {
    const first = businessBody({ name: "Wati Sulastri" });
    const created = await call(operator, { method: "POST", url: "/api/registry/businesses", payload: first });
    expect(created.statusCode, created.body).toBe(201);
    const again = { ...businessBody({ name: "Wati Sulastri", nik: mistypedNik(first.owner?.nik ?? "") }) };
    const asked = await call(operator, { method: "POST", url: "/api/registry/businesses", payload: again });
    expect(asked.statusCode).toBe(409);
    const personId = created.json().owner.id;
    const res = await call(operator, {
      method: "POST",
      url: "/api/registry/businesses",
      payload: { ...again, duplicateDecision: { kind: "not_sure", personId } },
    });
    expect(res.statusCode, res.body).toBe(201);
    const page = res.json();
    expect(page.owner.id).not.toBe(personId);
    expect(page.sources[0].note).toContain("Belum pasti orang yang sama");
    const decision = (page.history as Array<Event & { after: { kind: string; personId: string } }>).find(
      (e) => e.action === "registry.duplicate-decision",
    );
    expect(decision?.after).toMatchObject({ kind: "not_sure", personId });
  });
});
