// The HTTP edge as an office deploys it: the app on `/`, plain HTTP on any host name, compressed and
// cached assets, TLS-only headers, cross-site requests refused, control characters refused, and
// logs without personal data.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { precompressDir } from "../../scripts/precompress.mjs";
import { createApp } from "./app";
import { createLogger } from "./platform/log";
import { createTestApp } from "./testing/test-app";

const webDir = mkdtempSync(path.join(tmpdir(), "sinergi-web-"));
mkdirSync(path.join(webDir, "assets"));
writeFileSync(
  path.join(webDir, "index.html"),
  `<!doctype html><html lang="id"><body><div id="root"></div></body></html>`,
);
const script = `export const text = ${JSON.stringify("Sinergi toko ".repeat(400))};\n`;
writeFileSync(path.join(webDir, "assets", "app-Ab12Cd34.js"), script);
await precompressDir(webDir);

const logged: string[] = [];
const logger = createLogger(
  "info",
  new Writable({
    write(chunk, _enc, done) {
      logged.push(String(chunk));
      done();
    },
  }),
);
const t = await createTestApp({ app: { webDir, logger } });
const proxied = await createApp({ database: t.database, jobs: t.jobs, trustProxy: true, webDir });
await proxied.ready();
const HOST = "sinergi.lan:3000";

/** A valid new business in Palangka Raya (the NIK agrees with district, birth date and sex). */
const businessBody = ({ name }: { name: string }) => ({
  owner: {
    nik: "6271015205800123",
    name: name,
    sex: "P",
    birthDate: "1980-05-12",
    phone: "0812-3456-7890",
    rt: "2",
    rw: "5",
    villageCode: "62.71.01.1003",
  },
  business: {
    name: "Penjahit Bu Siti",
    sector: "konveksi",
    regionCode: "62.71.01.1003",
    dailyCapacity: 50,
    annualTurnover: 60_000_000,
    sizeAsOf: "2020-05-01",
  },
  impact: {
    assessedOn: "2020-05-04",
    turnoverBefore: 5_000_000,
    turnoverAfter: 2_000_000,
    affected: true,
    reasons: ["demand_down"],
  },
});

describe("the app on / over plain HTTP on any host", () => {
  it("serves the SPA on / and /masuk, and /login redirects to /masuk", async () => {
    for (const url of ["/", "/masuk", "/toko"]) {
      const res = await t.app.inject({ url, headers: { host: HOST } });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers["content-type"]).toMatch(/^text\/html/);
      expect(res.headers["cache-control"]).toBe("no-cache");
      expect(res.body).toContain('<div id="root">');
    }
    const login = await t.app.inject({ url: "/login?redirect=/app/registri", headers: { host: HOST } });
    expect(login.statusCode).toBe(302);
    expect(login.headers.location).toBe("/masuk?redirect=/app/registri");
  });

  it("sends no HSTS and no upgrade-insecure-requests over HTTP, and a cookie without Secure", async () => {
    const res = await t.app.inject({ url: "/", headers: { host: "192.168.1.10:3000" } });
    expect(res.headers["strict-transport-security"]).toBeUndefined();
    expect(res.headers["content-security-policy"]).not.toContain("upgrade-insecure-requests");
    const login = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      headers: { host: HOST },
      payload: { username: "admin.kalteng", password: "sinergi-demo-2020" },
    });
    expect(login.statusCode).toBe(200);
    expect(login.cookies[0]?.secure).toBeFalsy();
  });

  it("adds them when the request came over TLS through a trusted proxy", async () => {
    const res = await proxied.inject({ url: "/", headers: { host: HOST, "x-forwarded-proto": "https" } });
    expect(res.headers["strict-transport-security"]).toMatch(/max-age=\d+/);
    expect(res.headers["content-security-policy"]).toContain("upgrade-insecure-requests");
    const login = await proxied.inject({
      method: "POST",
      url: "/api/auth/login",
      headers: { host: HOST, "x-forwarded-proto": "https", origin: `https://${HOST}` },
      payload: { username: "admin.kalteng", password: "sinergi-demo-2020" },
    });
    expect(login.statusCode).toBe(200);
    expect(login.cookies[0]?.secure).toBe(true);
    // Without TRUST_PROXY the header is not believed.
    const plain = await t.app.inject({ url: "/", headers: { host: HOST, "x-forwarded-proto": "https" } });
    expect(plain.headers["strict-transport-security"]).toBeUndefined();
  });

  it("sends hashed assets precompressed and immutable", async () => {
    const url = "/assets/app-Ab12Cd34.js";
    const br = await t.app.inject({ url, headers: { "accept-encoding": "gzip, deflate, br" } });
    expect(br.statusCode).toBe(200);
    expect(br.headers["content-encoding"]).toBe("br");
    expect(br.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(br.headers["content-type"]).toMatch(/javascript/);
    expect(br.rawPayload.length).toBeLessThan(script.length / 5);
    const gz = await t.app.inject({ url, headers: { "accept-encoding": "gzip" } });
    expect(gz.headers["content-encoding"]).toBe("gzip");
    const raw = await t.app.inject({ url });
    expect(raw.headers["content-encoding"]).toBeUndefined();
    expect(raw.body).toBe(script);
    expect((await t.app.inject({ url: "/assets/gone-12345678.js" })).statusCode).toBe(404);
  });
});

describe("cross-origin state-changing requests", () => {
  const newUser = (username: string) => ({
    username,
    displayName: username,
    role: "pimpinan",
    scope: "62.71",
    password: "Pohon-Kelapa-Sawit-77",
  });

  it("refuses another site, and the same host on another port, with the error envelope", async () => {
    const admin = await t.login("admin.kalteng");
    const attacks: Array<Record<string, string>> = [
      { origin: "http://sinergi.lan:8080" },
      { origin: "https://evil.example" },
      { origin: "null" },
      { "sec-fetch-site": "same-site", origin: "http://sinergi.lan:8080" },
      { "sec-fetch-site": "cross-site" },
    ];
    for (const [i, headers] of attacks.entries()) {
      const res = await t.app.inject({
        method: "POST",
        url: "/api/users",
        headers: { host: HOST, cookie: admin, ...headers },
        payload: newUser(`csrf.victim${i}`),
      });
      expect(res.statusCode, JSON.stringify(headers)).toBe(403);
      expect(res.json().error).toMatchObject({ code: "FORBIDDEN", requestId: expect.any(String) });
    }
    const users = await t.app.inject({ url: "/api/users", headers: { cookie: admin } });
    expect(users.json().map((u: { username: string }) => u.username)).not.toContain("csrf.victim0");
  });

  it("allows the same origin, and clients that send no browser headers (CLI, curl)", async () => {
    const admin = await t.login("admin.kalteng");
    const same = await t.app.inject({
      method: "POST",
      url: "/api/users",
      headers: { host: HOST, cookie: admin, origin: `http://${HOST}`, "sec-fetch-site": "same-origin" },
      payload: newUser("same.origin"),
    });
    expect(same.statusCode, same.body).toBe(201);
    const cli = await t.app.inject({
      method: "POST",
      url: "/api/users",
      headers: { host: HOST, cookie: admin },
      payload: newUser("no.browser"),
    });
    expect(cli.statusCode, cli.body).toBe(201);
  });
});

describe("control characters and logs", () => {
  it("refuses NUL in a JSON string, a query and a path with 400 and logs nothing", async () => {
    const operator = await t.login("operator.palangkaraya");
    logged.length = 0;
    const body = businessBody({ name: "Siti\u0000Aminah" });
    const post = await t.app.inject({
      method: "POST",
      url: "/api/registry/businesses",
      headers: { cookie: operator },
      payload: body,
    });
    expect(post.statusCode).toBe(400);
    expect(post.json().error).toMatchObject({ code: "VALIDATION", issues: [{ path: "owner.name" }] });
    for (const url of ["/api/registry/businesses?q=a%00b", "/api/registry/businesses/a%00b"]) {
      const res = await t.app.inject({ url, headers: { cookie: operator } });
      expect(res.statusCode, url).toBe(400);
    }
    const tab = await t.app.inject({
      url: "/api/registry/businesses?q=a%09b",
      headers: { cookie: operator },
    });
    expect(tab.statusCode).toBe(200);
    expect(logged.join("")).not.toMatch(/error/);
  });

  it("logs a failing query without its parameters (no NIK, no names)", async () => {
    const operator = await t.login("operator.palangkaraya");
    await t.database.pool.query(`
      create function registry.test_fail() returns trigger language plpgsql as
        $$ begin raise exception 'forced failure for % %', new.nik, new.name; end $$;
      create trigger test_fail before insert on registry.persons
        for each row execute function registry.test_fail();`);
    try {
      logged.length = 0;
      const body = businessBody({ name: "Rahmawati Logtest" });
      const res = await t.app.inject({
        method: "POST",
        url: "/api/registry/businesses?nik=secret-in-url",
        headers: { cookie: operator },
        payload: body,
      });
      expect(res.statusCode).toBe(500);
      const text = logged.join("");
      expect(text).toContain("unhandled error");
      expect(text).toContain("P0001");
      expect(text).not.toContain(body.owner.nik);
      expect(text).not.toContain("Rahmawati");
      expect(text).not.toContain("secret-in-url");
      expect(text).not.toMatch(/params/);
    } finally {
      await t.database.pool.query(
        "drop trigger test_fail on registry.persons; drop function registry.test_fail();",
      );
    }
  });
});
