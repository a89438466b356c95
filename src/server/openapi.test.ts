import { describe, expect, it } from "vitest";
import { createTestApp } from "./testing/test-app";

const t = await createTestApp();

describe("HTTP edge", () => {
  it("serves an OpenAPI 3 document describing the routes", async () => {
    const res = await t.app.inject({ url: "/api/openapi.json" });
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(["/api/auth/login", "/api/regions/search", "/api/users/{id}"]));
    expect(doc.paths["/api/auth/login"].post.requestBody.content["application/json"].schema.required).toEqual(["username", "password"]);
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
    const bad = await t.app.inject({ method: "POST", url: "/api/auth/login", headers: { "content-type": "application/json" }, payload: "{" });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatchObject({ code: "BAD_REQUEST", message: "Permintaan tidak dapat dibaca." });
  });

  it("finds regions tolerant of case, abbreviations and typos", async () => {
    const q = async (s: string) => (await t.app.inject({ url: `/api/regions/search?q=${encodeURIComponent(s)}` })).json();
    expect((await q("kab. kotawaringin timur"))[0].code).toBe("62.02");
    expect((await q("KOTAWARINGN TIMUR"))[0].code).toBe("62.02");
    expect((await q("kota palangkaraya"))[0].code).toBe("62.71");
    expect((await q("Dharmasraya"))[0].code).toBe("13.10");
    const children = (await t.app.inject({ url: "/api/regions?parent=62" })).json();
    expect(children).toHaveLength(14);
    const provinces = (await t.app.inject({ url: "/api/regions" })).json();
    expect(provinces).toHaveLength(38);
  });
});
