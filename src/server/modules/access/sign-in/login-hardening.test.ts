// Attacks on sign-in and accounts, as an outsider or a careless admin would make them: locking out
// someone else, spraying usernames from one address, guessable passwords, sessions that survive a
// reset (binding accounts to businesses: registry/account-binding.test.ts).
import { describe, expect, it } from "vitest";
import { loadEnv } from "../../../platform/env";
import { createTestApp } from "../../../testing/test-app";
import { refusedPasswords, requireStrongPassword } from "./password-rules";

const t = await createTestApp();
const GOOD = "Pohon-Kelapa-Sawit-77";

const login = (username: string, password: string, ip: string) =>
  t.app.inject({
    method: "POST",
    url: "/api/auth/login",
    remoteAddress: ip,
    payload: { username, password },
  });

describe("sign-in throttling", () => {
  it("cannot be used by others to lock an account: the owner signs in from elsewhere", async () => {
    const codes: number[] = [];
    for (let i = 0; i < 12; i++)
      codes.push((await login("admin.kalteng", `tebakan-salah-${i}`, "10.6.6.6")).statusCode);
    expect(codes.slice(0, 3)).toEqual([401, 401, 401]);
    // From the fourth try the address waits (1 s, 2 s, 4 s …); on a loaded machine one wait may pass
    // before the next try arrives, so count the refusals instead of requiring all nine.
    expect(codes.slice(3).every((c) => c === 429 || c === 401)).toBe(true);
    expect(codes.slice(3).filter((c) => c === 429).length).toBeGreaterThanOrEqual(7);
    const owner = await login("admin.kalteng", "sinergi-demo-2020", "10.7.7.7");
    expect(owner.statusCode).toBe(200);
  });

  it("slows one address trying many usernames, even all at once", async () => {
    const res = await Promise.all(
      Array.from({ length: 40 }, (_, i) => login(`tebak.user${i}`, "kata-sandi-tebakan", "10.8.8.8")),
    );
    const counts = { 401: 0, 429: 0 } as Record<number, number>;
    for (const r of res) counts[r.statusCode] = (counts[r.statusCode] ?? 0) + 1;
    expect(counts[401]).toBe(10);
    expect(counts[429]).toBe(30);
    const limited = res.find((r) => r.statusCode === 429);
    expect(limited?.json().error.message).toMatch(/Coba lagi dalam \d+ detik/);
  });

  it("lets the right password through once the delay has passed", async () => {
    for (let i = 0; i < 3; i++) await login("operator.kotim", "salah-lagi-12345", "10.9.9.9");
    const early = await login("operator.kotim", "sinergi-demo-2020", "10.9.9.9");
    expect(early.statusCode).toBe(429);
    await new Promise((r) => setTimeout(r, Number(early.headers["retry-after"]) * 1000 + 100));
    expect((await login("operator.kotim", "sinergi-demo-2020", "10.9.9.9")).statusCode).toBe(200);
  });
});

describe("password blocklist", () => {
  it("refuses common, repeated and sequential passwords on create, reset and change", async () => {
    const admin = await t.login("admin.kalteng");
    for (const password of [
      "aaaaaaaaaaaa",
      "password1234",
      "P@ssw0rd2024!",
      "qwertyuiop12",
      "123456789012",
    ]) {
      const res = await t.app.inject({
        method: "POST",
        url: "/api/users",
        headers: { cookie: admin },
        payload: { username: "lemah.satu", displayName: "Lemah", role: "pimpinan", scope: "62.71", password },
      });
      expect(res.statusCode, password).toBe(400);
      expect(res.json().error.issues[0]).toEqual({
        path: "password",
        message: expect.stringMatching(/mudah ditebak/),
      });
    }
    const users = (await t.app.inject({ url: "/api/users", headers: { cookie: admin } })).json();
    const target = users.find((u: { username: string }) => u.username === "pimpinan.kalteng");
    const reset = await t.app.inject({
      method: "PATCH",
      url: `/api/users/${target.id}`,
      headers: { cookie: admin },
      payload: { password: "bismillah2020" },
    });
    expect(reset.statusCode).toBe(400);
    const change = await t.app.inject({
      method: "POST",
      url: "/api/auth/password",
      headers: { cookie: admin },
      payload: { currentPassword: "sinergi-demo-2020", newPassword: "abcabcabcabc" },
    });
    expect(change.statusCode).toBe(400);
  });

  it("refuses the demo password outside demo mode only", () => {
    const production = loadEnv({ NODE_ENV: "production" });
    expect(refusedPasswords(production)).toContain("sinergi-demo-2020");
    expect(() =>
      requireStrongPassword("sinergi-demo-2020", "budi", { lang: "id", field: "password", env: production }),
    ).toThrow(/demo/);
    const demo = loadEnv({ NODE_ENV: "development" });
    expect(() =>
      requireStrongPassword("sinergi-demo-2020", "budi", { lang: "id", field: "password", env: demo }),
    ).not.toThrow();
    expect(() =>
      requireStrongPassword(GOOD, "budi", { lang: "id", field: "password", env: production }),
    ).not.toThrow();
  });
});

describe("sessions on password changes", () => {
  it("ends every session of a user whose password an admin resets", async () => {
    const admin = await t.login("admin.kalteng");
    const victim = await t.login("pendamping.palangkaraya");
    const users = (await t.app.inject({ url: "/api/users", headers: { cookie: admin } })).json();
    const id = users.find((u: { username: string }) => u.username === "pendamping.palangkaraya").id;
    const reset = await t.app.inject({
      method: "PATCH",
      url: `/api/users/${id}`,
      headers: { cookie: admin },
      payload: { password: GOOD },
    });
    expect(reset.statusCode, reset.body).toBe(200);
    expect((await t.app.inject({ url: "/api/auth/me", headers: { cookie: victim } })).statusCode).toBe(401);
  });

  it("ends the other sessions on an own change and keeps the current one", async () => {
    const current = await t.login("konsultan.plut");
    const other = await t.login("konsultan.plut");
    const res = await t.app.inject({
      method: "POST",
      url: "/api/auth/password",
      headers: { cookie: current },
      payload: { currentPassword: "sinergi-demo-2020", newPassword: GOOD },
    });
    expect(res.statusCode).toBe(204);
    expect((await t.app.inject({ url: "/api/auth/me", headers: { cookie: current } })).statusCode).toBe(200);
    expect((await t.app.inject({ url: "/api/auth/me", headers: { cookie: other } })).statusCode).toBe(401);
  });
});
