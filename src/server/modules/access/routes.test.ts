import { describe, expect, it } from "vitest";
import { createTestApp, sessionCookie } from "../../testing/test-app";

const t = await createTestApp();

describe("auth", () => {
  it("logs in with a session cookie that is httpOnly and SameSite=Lax", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { username: "operator.palangkaraya", password: "sinergi-demo-2020" },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      username: "operator.palangkaraya",
      role: "operator_kabkota",
      scope: "62.71",
    });
    const cookie = res.cookies.find((c) => c.name === "sinergi_session");
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe("Lax");
    const me = await t.app.inject({ url: "/api/auth/me", headers: { cookie: sessionCookie(res) } });
    expect(me.json()).toMatchObject({
      username: "operator.palangkaraya",
      role: "operator_kabkota",
      scope: "62.71",
    });
  });

  it("rejects a wrong password with the error envelope in Indonesian, or English on request", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { username: "pimpinan.kalteng", password: "wrong-password-123" },
    });
    expect(res.statusCode).toBe(401);
    const body = res.json();
    expect(body).toEqual({
      error: {
        code: "INVALID_CREDENTIALS",
        message: "Nama pengguna atau kata sandi salah.",
        requestId: expect.any(String),
      },
    });
    const en = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      headers: { "accept-language": "en-US,en;q=0.9" },
      payload: { username: "nobody", password: "x" },
    });
    expect(en.json().error.message).toBe("Wrong username or password.");
  });

  it("delays repeated failures of one username from one address with 429", async () => {
    const attempt = () =>
      t.app.inject({
        method: "POST",
        url: "/api/auth/login",
        remoteAddress: "10.0.0.5",
        payload: { username: "operator.kotim", password: "not-the-password" },
      });
    for (let i = 0; i < 3; i++) expect((await attempt()).statusCode).toBe(401);
    const res = await attempt();
    expect(res.statusCode).toBe(429);
    expect(res.json().error.code).toBe("RATE_LIMITED");
    expect(Number(res.headers["retry-after"])).toBeGreaterThan(0);
  });

  it("answers 401 without a session and ends the session on logout", async () => {
    expect((await t.app.inject({ url: "/api/auth/me" })).statusCode).toBe(401);
    const cookie = await t.login("konsultan.plut");
    const out = await t.app.inject({ method: "POST", url: "/api/auth/logout", headers: { cookie } });
    expect(out.statusCode).toBe(204);
    expect((await t.app.inject({ url: "/api/auth/me", headers: { cookie } })).statusCode).toBe(401);
  });

  it("changes the password (min. 12 characters) and keeps the language setting", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { username: "pendamping.palangkaraya", password: "sinergi-demo-2020" },
    });
    const cookie = sessionCookie(res);
    const short = await t.app.inject({
      method: "POST",
      url: "/api/auth/password",
      headers: { cookie },
      payload: { currentPassword: "sinergi-demo-2020", newPassword: "short" },
    });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.code).toBe("VALIDATION");
    const ok = await t.app.inject({
      method: "POST",
      url: "/api/auth/password",
      headers: { cookie },
      payload: { currentPassword: "sinergi-demo-2020", newPassword: "kata-sandi-baru-2026" },
    });
    expect(ok.statusCode).toBe(204);
    const lang = await t.app.inject({
      method: "PATCH",
      url: "/api/auth/me",
      headers: { cookie },
      payload: { language: "en" },
    });
    expect(lang.json().language).toBe("en");
    const err = await t.app.inject({ url: "/api/users", headers: { cookie } });
    expect(err.json().error.message).toBe("You are not allowed to do this.");
    const again = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { username: "pendamping.palangkaraya", password: "kata-sandi-baru-2026" },
    });
    expect(again.statusCode).toBe(200);
  });
});

describe("user management", () => {
  it("lets the province admin create a user inside the province, who can then log in", async () => {
    const cookie = await t.login("admin.kalteng");
    const res = await t.app.inject({
      method: "POST",
      url: "/api/users",
      headers: { cookie },
      payload: {
        username: "operator.katingan",
        displayName: "Operator Katingan",
        role: "operator_kabkota",
        scope: "62.06",
        password: "katingan-2020-aman",
      },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ username: "operator.katingan", scope: "62.06", isActive: true });
    expect((await t.login("operator.katingan", "katingan-2020-aman")).length).toBeGreaterThan(20);
    const dup = await t.app.inject({
      method: "POST",
      url: "/api/users",
      headers: { cookie },
      payload: {
        username: "operator.katingan",
        displayName: "X",
        role: "pimpinan",
        scope: "62",
        password: "another-password-1",
      },
    });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.code).toBe("USERNAME_TAKEN");
  });

  it("refuses a scope outside the admin's own", async () => {
    const cookie = await t.login("admin.kalteng");
    const res = await t.app.inject({
      method: "POST",
      url: "/api/users",
      headers: { cookie },
      payload: {
        username: "operator.dharmasraya",
        displayName: "X",
        role: "operator_kabkota",
        scope: "13.10",
        password: "dharmasraya-2020",
      },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe("OUT_OF_SCOPE");
  });

  it("validates input with field issues", async () => {
    const cookie = await t.login("admin.kalteng");
    const res = await t.app.inject({
      method: "POST",
      url: "/api/users",
      headers: { cookie },
      payload: { username: "A", role: "raja", scope: "62.7", password: "x" },
    });
    expect(res.statusCode).toBe(400);
    const issues = res.json().error.issues.map((i: { path: string }) => i.path);
    expect(issues).toEqual(
      expect.arrayContaining([
        "body.username",
        "body.role",
        "body.scope",
        "body.password",
        "body.displayName",
      ]),
    );
  });

  it("deactivates a user, who can no longer log in", async () => {
    const cookie = await t.login("admin.kalteng");
    const list = await t.app.inject({ url: "/api/users", headers: { cookie } });
    const kotim = list.json().find((u: { username: string }) => u.username === "pimpinan.kalteng");
    const res = await t.app.inject({
      method: "PATCH",
      url: `/api/users/${kotim.id}`,
      headers: { cookie },
      payload: { isActive: false },
    });
    expect(res.json().isActive).toBe(false);
    const login = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { username: "pimpinan.kalteng", password: "sinergi-demo-2020" },
    });
    expect(login.statusCode).toBe(401);
  });
});
