import type { InjectOptions } from "fastify";
import { describe, expect, it } from "vitest";
import { createTestApp } from "../../testing/test-app";
import { systemCtx } from "../access";
import { createBusiness } from "./register/create-business";
import { businessBody, seedRegistryFixture, testNik, VILLAGE_OUT } from "./testing/fixtures";

const t = await createTestApp();
const fx = await seedRegistryFixture(t.database);
const operator = await t.login("operator.palangkaraya");
const kotim = await t.login("operator.kotim");
const pendamping = await t.login("pendamping.palangkaraya");
const pimpinan = await t.login("pimpinan.kalteng");

const inject = (
  cookie: string,
  req: { method?: "GET" | "POST" | "PATCH"; url: string; payload?: object },
) => {
  const opts: InjectOptions = { ...req, headers: { cookie } };
  return t.app.inject(opts);
};

describe("POST /api/registry/businesses", () => {
  it("creates a business with owner and impact; NIK masked on the page", async () => {
    const body = businessBody({ name: "Hj. Mariani" });
    const res = await inject(operator, { method: "POST", url: "/api/registry/businesses", payload: body });
    expect(res.statusCode, res.body).toBe(201);
    const page = res.json();
    expect(page.owner.nik).toBe(`${body.owner?.nik.slice(0, 4)}********${body.owner?.nik.slice(-4)}`);
    expect(page.owner.phone).toBe("+6281234567890");
    expect(page.owner.rt).toBe("002");
    expect(page.business.sizeClass).toBe("mikro");
    expect(page.business.sizeRule).toBe("UU_20_2008");
    expect(page.business.sourceKind).toBe("form");
    expect(page.impacts).toHaveLength(1);
    expect(page.sources.map((s: { entityType: string }) => s.entityType).sort()).toEqual([
      "business",
      "person",
    ]);
    expect(page.history.map((h: { action: string }) => h.action)).toContain("registry.create-business");
  });

  it.each([
    ["6271015205800000", "owner.nik", "Empat digit terakhir NIK tidak boleh 0000."],
    ["627101520580001", "owner.nik", "NIK harus tepat 16 digit."],
    [
      "62710152O5800012",
      "owner.nik",
      "NIK hanya boleh berisi angka (huruf O bukan angka 0, huruf l bukan angka 1).",
    ],
    [
      "6271013205800012",
      "owner.nik",
      "Digit ke-7 s.d. 12 NIK bukan tanggal lahir yang mungkin (tanggal 01–31, perempuan ditambah 40; bulan 01–12).",
    ],
  ])("rejects NIK %s with 400 VALIDATION and an Indonesian message", async (nik, path, message) => {
    const res = await inject(operator, {
      method: "POST",
      url: "/api/registry/businesses",
      payload: businessBody({ nik }),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({
      error: { code: "VALIDATION", message, issues: [{ path, message }], requestId: expect.any(String) },
    });
  });

  it("reports every bad field at once", async () => {
    const body = businessBody();
    const payload = {
      ...body,
      owner: { ...body.owner, phone: "12345", noKk: "123" },
      business: { ...body.business, nib: "IUMK 503/12" },
    };
    const res = await inject(operator, { method: "POST", url: "/api/registry/businesses", payload });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.issues.map((i: { path: string }) => i.path)).toEqual([
      "owner.noKk",
      "owner.phone",
      "business.nib",
    ]);
  });

  it("refuses a region outside the operator's scope with 403 OUT_OF_SCOPE", async () => {
    const res = await inject(operator, {
      method: "POST",
      url: "/api/registry/businesses",
      payload: businessBody({ village: VILLAGE_OUT }),
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe("OUT_OF_SCOPE");
  });

  it("is idempotent for a client id: same payload → 200 with the same record", async () => {
    const body = businessBody({ clientId: "0191f1a0-0000-7000-8000-000000000001" });
    const first = await inject(pendamping, {
      method: "POST",
      url: "/api/registry/businesses",
      payload: body,
    });
    const again = await inject(pendamping, {
      method: "POST",
      url: "/api/registry/businesses",
      payload: body,
    });
    expect(first.statusCode).toBe(201);
    expect(first.json().business.sourceKind).toBe("field");
    expect(again.statusCode).toBe(200);
    expect(again.json().business.id).toBe(first.json().business.id);
  });

  it("answers a conflicting payload for a known client id with 409 and both versions", async () => {
    const body = businessBody({ clientId: "0191f1a0-0000-7000-8000-000000000002" });
    await inject(pendamping, { method: "POST", url: "/api/registry/businesses", payload: body });
    const changed = { ...body, business: { ...body.business, name: "Penjahit Bu Siti Baru" } };
    const res = await inject(pendamping, {
      method: "POST",
      url: "/api/registry/businesses",
      payload: changed,
    });
    expect(res.statusCode).toBe(409);
    const err = res.json().error;
    expect(err.code).toBe("SYNC_CONFLICT");
    expect(err.details.existing.business.name).toBe("Penjahit Bu Siti");
    expect(err.details.submitted.business.name).toBe("Penjahit Bu Siti Baru");
  });

  it("stores two concurrent deliveries of one offline record once", async () => {
    const body = businessBody({ clientId: "0191f1a0-0000-7000-8000-000000000003", nik: testNik() });
    const [a, b] = await Promise.all([
      inject(pendamping, { method: "POST", url: "/api/registry/businesses", payload: body }),
      inject(pendamping, { method: "POST", url: "/api/registry/businesses", payload: body }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 201]);
    expect(a.json().business.id).toBe(b.json().business.id);
    const rows = await t.database.pool.query(
      "select count(*)::int as n from registry.businesses where client_id = $1",
      [body.clientId],
    );
    expect(rows.rows[0].n).toBe(1);
  });
});

describe("client id used in another region", () => {
  it("answers 409 CONFLICT without revealing the other record", async () => {
    const clientId = "0191f1a0-0000-7000-8000-000000000004";
    const ctx = systemCtx(t.database, "test");
    await createBusiness({ ctx, input: businessBody({ clientId, village: VILLAGE_OUT }) });
    const res = await inject(operator, {
      method: "POST",
      url: "/api/registry/businesses",
      payload: businessBody({ clientId }),
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe("CONFLICT");
    expect(res.json().error.details).toBeUndefined();
  });
});

describe("business page and scope", () => {
  it("returns 404 for a business outside the user's scope", async () => {
    const res = await inject(kotim, { url: `/api/registry/businesses/${fx.businessIn}` });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe("NOT_FOUND");
  });

  it("reveals the NIK only to a permitted role and audits it", async () => {
    const denied = await inject(pimpinan, {
      url: `/api/registry/businesses/${fx.businessIn}?revealNik=true&revealReason=Verifikasi%20usulan`,
    });
    expect(denied.statusCode).toBe(403);
    const res = await inject(operator, {
      method: "POST",
      url: `/api/registry/persons/${fx.personIn}/reveal-nik`,
      payload: { reason: "Verifikasi usulan bantuan" },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().nik).toMatch(/^\d{16}$/);
    const audit = await t.database.pool.query(
      "select count(*)::int as n from access.audit_events where action = 'registry.reveal-nik' and entity_id = $1",
      [fx.personIn],
    );
    expect(audit.rows[0].n).toBe(1);
  });
});
