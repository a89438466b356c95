// An admin of province 62 bound a new pelaku_usaha account to a business in 13.10 and then read
// its stock and aid status. The binding is now checked against the business's region.
import { describe, expect, it } from "vitest";
import { createTestApp } from "../../../testing/test-app";
import { seedRegistryFixture } from "../testing/fixtures";

const t = await createTestApp();
const fx = await seedRegistryFixture(t.database);
const GOOD = "Pohon-Kelapa-Sawit-77";

describe("binding a pelaku_usaha account to a business", () => {
  const account = (username: string, scope: string, businessId: string) => ({
    username,
    displayName: username,
    role: "pelaku_usaha",
    scope,
    password: GOOD,
    businessId,
  });

  it("is refused for a business outside the admin's scope, or unknown", async () => {
    const admin = await t.login("admin.kalteng");
    for (const body of [
      account("usaha.luar1", "62.71", fx.businessOut),
      account("usaha.luar2", "62", fx.businessOut),
      account("usaha.luar3", "62.71", "0190a0c0-0000-7000-8000-000000000001"),
    ]) {
      const res = await t.app.inject({
        method: "POST",
        url: "/api/users",
        headers: { cookie: admin },
        payload: body,
      });
      expect(res.statusCode, res.body).toBe(403);
      expect(res.json().error).toMatchObject({ code: "OUT_OF_SCOPE", issues: [{ path: "businessId" }] });
    }
    const mismatch = await t.app.inject({
      method: "POST",
      url: "/api/users",
      headers: { cookie: admin },
      payload: account("usaha.luar4", "62.02", fx.businessIn),
    });
    expect(mismatch.statusCode).toBe(403);
  });

  it("is allowed inside the admin's scope", async () => {
    const admin = await t.login("admin.kalteng");
    const res = await t.app.inject({
      method: "POST",
      url: "/api/users",
      headers: { cookie: admin },
      payload: account("usaha.dalam", "62.71", fx.businessIn),
    });
    expect(res.statusCode, res.body).toBe(201);
  });

  it("is required: a pelaku_usaha account without a business is refused and nothing is created", async () => {
    const admin = await t.login("admin.kalteng");
    const { businessId: _none, ...body } = account("usaha.tanpa", "62.71", fx.businessIn);
    const res = await t.app.inject({
      method: "POST",
      url: "/api/users",
      headers: { cookie: admin },
      payload: body,
    });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error).toMatchObject({ code: "VALIDATION", issues: [{ path: "body.businessId" }] });
    const users = await t.app.inject({ method: "GET", url: "/api/users", headers: { cookie: admin } });
    expect(JSON.stringify(users.json())).not.toContain("usaha.tanpa");
  });
});
