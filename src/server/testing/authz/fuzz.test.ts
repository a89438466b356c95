import type { InjectOptions } from "fastify";
import { describe, expect, it } from "vitest";
import { xorshift32 } from "../../../shared/rng";
import { createFixture } from "./fixture";

const f = await createFixture();

const NASTY = [
  "",
  " ",
  "null",
  "undefined",
  "-1",
  "0",
  "1e309",
  "NaN",
  "../../etc/passwd",
  "%00",
  "\u0000",
  "' or 1=1 --",
  "<script>alert(1)</script>",
  "😀".repeat(50),
  "x".repeat(5000),
  "62.71.01.1001.9",
  "62..71",
  "{}",
  "[]",
  "true",
  "9999999999999999999999",
  "2020-02-31",
  "\\u0000",
  "%%%",
  "a".repeat(300),
  "00000000-0000-0000-0000-000000000000",
];
const VALUES = [
  null,
  true,
  false,
  0,
  -1,
  1.5,
  1e308,
  "",
  "x",
  [],
  {},
  [1, "a"],
  { a: { b: { c: [] } } },
  ...NASTY,
];

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)] as T;
}

function randomBody(r: () => number, depth = 0): unknown {
  const keys = [
    "username",
    "password",
    "scope",
    "role",
    "q",
    "quantity",
    "items",
    "nik",
    "nama",
    "id",
    "language",
    "displayName",
    "isActive",
    "newPassword",
    "currentPassword",
    "productId",
    "buyer",
    "mode",
  ];
  if (depth > 2 || r() < 0.3) return pick(r, VALUES);
  const o: Record<string, unknown> = {};
  const n = Math.floor(r() * 6);
  for (let i = 0; i < n; i++) o[pick(r, keys)] = randomBody(r, depth + 1);
  return r() < 0.2 ? [o] : o;
}

function malformed(r: () => number, method: string, url: string): InjectOptions {
  const path = url.replace(/:(\w+)/g, () => encodeURIComponent(String(pick(r, NASTY))).slice(0, 180) || "x");
  const query =
    r() < 0.5
      ? `?${pick(r, ["q", "parent", "limit", "page", "x"])}=${encodeURIComponent(String(pick(r, NASTY)).slice(0, 500))}`
      : "";
  const headers: Record<string, string> = {};
  if (r() < 0.3)
    headers["accept-language"] = String(pick(r, NASTY))
      .slice(0, 100)
      .replace(/[^\x20-\x7e]/g, "");
  if (r() < 0.2)
    headers.cookie = `sinergi_session=${String(pick(r, NASTY))
      .replace(/[^\x21-\x7e]/g, "")
      .slice(0, 300)}`;
  const opts: InjectOptions = { method: method as InjectOptions["method"], url: `${path}${query}`, headers };
  if (method !== "GET" && method !== "DELETE") {
    const kind = r();
    if (kind < 0.15) {
      opts.payload = "{not json";
      headers["content-type"] = "application/json";
    } else if (kind < 0.25) {
      opts.payload = "a=b";
      headers["content-type"] = pick(r, [
        "text/plain",
        "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=x",
        "application/xml",
      ]);
    } else opts.payload = JSON.stringify(randomBody(r));
    if (!headers["content-type"]) headers["content-type"] = "application/json";
  }
  return opts;
}

describe("fuzz: malformed input never causes a 5xx", () => {
  const routes = f.t.app.routeTable.filter((r) => !r.url.includes("/api/docs") && !r.url.endsWith("/events"));
  for (const { method, url } of routes) {
    it(`${method} ${url}`, async () => {
      // seeded so that a failure can be replayed
      const r = xorshift32(url.length * 7919 + method.length);
      const admin = await f.t.login("admin.kalteng");
      for (let i = 0; i < 120; i++) {
        const req = malformed(r, method, url);
        if (i % 2 === 0) req.headers = { cookie: admin, ...req.headers };
        // Each request from its own address: sign-in delays per address must not slow the run.
        req.remoteAddress = `10.${i}.${url.length % 250}.${method.length}`;
        const res = await f.t.app.inject(req);
        expect(
          res.statusCode,
          `${req.method} ${req.url} ${String(req.payload).slice(0, 200)} → ${res.body.slice(0, 300)}`,
        ).toBeLessThan(500);
        if (res.statusCode >= 400) expect(res.json().error.code).toMatch(/^[A-Z_]+$/);
      }
      // 120 requests; the region search alone takes ~27 s on a busy 2-core machine.
    }, 90_000);
  }
});

describe("fuzz: NUL and control characters in any string → 400", () => {
  const routes = f.t.app.routeTable.filter((r) => !r.url.includes("/api/docs") && !r.url.endsWith("/events"));
  const payloadKeys = ["username", "password", "name", "q", "nik", "note", "displayName", "buyer", "items"];
  let total = 0;
  for (const { method, url } of routes) {
    it(`${method} ${url}`, async () => {
      const admin = await f.t.login("admin.kalteng");
      const path = url.replace(/:(\w+)/g, "62.71");
      const cases: InjectOptions[] = [];
      for (const bad of ["\u0000", "a\u0000b", "\u0007bel", "x\u001by"]) {
        cases.push({
          method: method as InjectOptions["method"],
          url: `${path}?q=${encodeURIComponent(bad)}`,
        });
        cases.push({
          method: method as InjectOptions["method"],
          url: url.replace(/:(\w+)/g, encodeURIComponent(bad)),
        });
        if (method !== "GET" && method !== "DELETE") {
          const body = Object.fromEntries(payloadKeys.map((k) => [k, bad]));
          cases.push({ method: method as InjectOptions["method"], url: path, payload: body });
          cases.push({
            method: method as InjectOptions["method"],
            url: path,
            payload: { nested: [{ [bad]: 1 }] },
          });
        }
      }
      for (const req of cases) {
        if (!url.includes(":") && req.url === path && req.payload === undefined) continue;
        req.headers = { cookie: admin };
        if (req.payload !== undefined) req.headers["content-type"] = "application/json";
        // A fresh address per request keeps the store's per-address rate limits out of the way.
        req.remoteAddress = `10.25${total % 5}.${Math.floor(total / 250) % 250}.${total % 250}`;
        const res = await f.t.app.inject(req);
        total++;
        expect(
          res.statusCode,
          `${req.method} ${req.url} ${JSON.stringify(req.payload)} → ${res.body.slice(0, 200)}`,
        ).toBe(400);
        expect(res.json().error.code).toBe("VALIDATION");
      }
    });
  }
  it("counts", () => {
    console.log(`[fuzz] control-character requests: ${total}`);
  });
});
