import { describe, expect, it } from "vitest";
import { createTestApp } from "./testing/test-app";

const t = await createTestApp();

describe("HTTP edge", () => {
  it("serves an OpenAPI 3 document describing the routes", async () => {
    const res = await t.app.inject({ url: "/api/openapi.json" });
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(["/api/auth/login", "/api/regions/search", "/api/users/{id}"]),
    );
    expect(doc.paths["/api/auth/login"].post.requestBody.content["application/json"].schema.required).toEqual(
      ["username", "password"],
    );
    expect((await t.app.inject({ url: "/api/docs" })).statusCode).toBeLessThan(400);
  });

  it("sets security headers and a request id", async () => {
    const res = await t.app.inject({ url: "/api/health" });
    expect(res.json()).toMatchObject({ status: "ok", db: "ok" });
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
    expect(res.headers["content-security-policy"]).toContain("default-src 'self'");
    expect(res.headers["x-request-id"]).toBeTruthy();
  });

  it("answers unknown API paths and broken JSON with the envelope", async () => {
    const nf = await t.app.inject({ url: "/api/tidak-ada" });
    expect(nf.statusCode).toBe(404);
    expect(nf.json().error.code).toBe("NOT_FOUND");
    const bad = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      headers: { "content-type": "application/json" },
      payload: "{",
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatchObject({
      code: "BAD_REQUEST",
      message: "Permintaan tidak dapat dibaca.",
    });
  });

  it("finds regions tolerant of case, abbreviations and typos", async () => {
    const q = async (s: string) =>
      (await t.app.inject({ url: `/api/regions/search?q=${encodeURIComponent(s)}` })).json();
    expect((await q("kab. kotawaringin timur"))[0].code).toBe("62.02");
    expect((await q("KOTAWARINGN TIMUR"))[0].code).toBe("62.02");
    expect((await q("kota palangkaraya"))[0].code).toBe("62.71");
    expect((await q("Dharmasraya"))[0].code).toBe("13.10");
    const children = (await t.app.inject({ url: "/api/regions?parent=62" })).json();
    expect(children).toHaveLength(14);
    const provinces = (await t.app.inject({ url: "/api/regions" })).json();
    expect(provinces).toHaveLength(38);
  });

  it("gives zod's field messages in the request's language, keeping our own messages", async () => {
    const cookie = await t.login("admin.kalteng");
    const payload = { username: "ab", displayName: "X", role: "pimpinan", scope: "62.7", password: "pendek" };
    const id = await t.app.inject({ method: "POST", url: "/api/users", headers: { cookie }, payload });
    const en = await t.app.inject({
      method: "POST",
      url: "/api/users",
      headers: { cookie, "accept-language": "en" },
      payload,
    });
    const msg = (res: typeof id, path: string) =>
      res.json().error.issues.find((i: { path: string }) => i.path === path)?.message;
    expect(msg(id, "body.scope")).toBe("kode wilayah tidak valid (mis. 62 atau 62.71)");
    expect(msg(en, "body.scope")).toBe("kode wilayah tidak valid (mis. 62 atau 62.71)");
    expect(msg(id, "body.password")).toMatch(/^Terlalu kecil/);
    const anon = {
      method: "POST" as const,
      url: "/api/auth/login",
      payload: { username: "", password: "x" },
    };
    const anonEn = await t.app.inject({ ...anon, headers: { "accept-language": "en" } });
    const anonId = await t.app.inject(anon);
    expect(msg(anonEn, "body.username")).toMatch(/^Too small/);
    expect(msg(anonId, "body.username")).toMatch(/^Terlalu kecil/);
  });

  it("serves the single-page app for staff and store paths (GET and HEAD)", async () => {
    const page = await t.app.inject({ url: "/app/registri" });
    if (page.statusCode === 404) return; // web not built in this checkout
    expect(page.headers["content-type"]).toContain("text/html");
    expect((await t.app.inject({ method: "HEAD", url: "/toko" })).statusCode).toBe(200);
  });
});
