import { describe, expect, it } from "vitest";
import { ROLES } from "../../modules/access";
import { ALL_SPECS } from "./all-specs";
import { createFixture, ROLE_USERS } from "./fixture";

const f = await createFixture();
const specs = new Map(ALL_SPECS.map((s) => [s.route, s]));
const DENIED = [401, 403];

describe("authorisation matrix", () => {
  it("has a spec for every API route", () => {
    const routes = f.t.app.routeTable
      .map((r) => `${r.method} ${r.url}`)
      .filter((r) => !r.includes("/api/docs"));
    const missing = routes.filter((r) => !specs.has(r));
    expect(missing).toEqual([]);
  });

  for (const spec of ALL_SPECS) {
    it(`${spec.route}: public`, async () => {
      const res = await f.t.app.inject(await spec.request(f));
      if (spec.allow === "public") expect(DENIED).not.toContain(res.statusCode);
      else expect(res.statusCode).toBe(401);
    });

    for (const role of ROLES) {
      const allowed = spec.allow === "public" || spec.allow === "authenticated" || spec.allow.includes(role);
      it(`${spec.route}: ${role} ${allowed ? "allowed" : "denied"}`, async () => {
        const cookie = await f.t.login(ROLE_USERS[role]);
        const req = await spec.request(f);
        const res = await f.t.app.inject({ ...req, headers: { ...req.headers, cookie } });
        if (allowed) expect(DENIED, res.body).not.toContain(res.statusCode);
        else expect(res.statusCode, res.body).toBe(403);
        if (allowed && spec.outOfScope) {
          const out = await spec.outOfScope(f);
          const outRes = await f.t.app.inject({ ...out, headers: { ...out.headers, cookie } });
          expect([403, 404], outRes.body).toContain(outRes.statusCode);
        }
      });
    }
  }
});
