import { describe, expect, it } from "vitest";
import type { Role } from "./roles";
import { canAccess, composeModules, type NavEntry, navForRole, type WebModule } from "./web-module";

const load = async () => ({ default: () => null });

const users: WebModule = {
  id: "users",
  nav: [{ path: "/app/pengguna", labelKey: "users", roles: ["admin_provinsi"], order: 20 }],
  pages: [{ path: "pengguna", roles: ["admin_provinsi"], load }],
};
const placeholders: WebModule = {
  id: "placeholders",
  nav: [
    { path: "/app/pengguna", labelKey: "users", roles: "all", order: 20 },
    { path: "/app/registri", labelKey: "registry", roles: ["admin_provinsi", "operator_kabkota"], order: 40 },
  ],
  pages: [
    { path: "pengguna", roles: "all", load },
    { path: "registri", roles: ["admin_provinsi", "operator_kabkota"], load },
  ],
};

describe("composeModules", () => {
  it("lets a real module replace the placeholder with the same path", () => {
    const { nav, pages } = composeModules([users], placeholders);
    expect(nav.map((e) => [e.path, e.roles])).toEqual([
      ["/app/pengguna", ["admin_provinsi"]],
      ["/app/registri", ["admin_provinsi", "operator_kabkota"]],
    ]);
    expect(pages.map((p) => p.path)).toEqual(["pengguna", "registri"]);
  });
});

describe("navForRole", () => {
  const entries: NavEntry[] = [
    { path: "/app/c", labelKey: "reports", roles: "all", order: 90 },
    { path: "/app/a", labelKey: "home", roles: "all", order: 0 },
    { path: "/app/b", labelKey: "users", roles: ["admin_provinsi"] },
    { path: "/app/d", labelKey: "orders", roles: ["pembeli_instansi"], order: 90 },
  ];
  it.each<[Role, string[]]>([
    ["admin_provinsi", ["/app/a", "/app/c", "/app/b"]],
    ["pembeli_instansi", ["/app/a", "/app/c", "/app/d"]],
    ["pimpinan", ["/app/a", "/app/c"]],
  ])("%s sees %j", (role, paths) => {
    expect(navForRole(entries, role).map((e) => e.path)).toEqual(paths);
  });
});

describe("canAccess", () => {
  it.each<[Parameters<typeof canAccess>[0], Role, boolean]>([
    ["all", "pimpinan", true],
    [["admin_provinsi"], "admin_provinsi", true],
    [["admin_provinsi"], "pendamping", false],
    [[], "admin_provinsi", false],
  ])("%j allows %s → %s", (audience, role, expected) => {
    expect(canAccess(audience, role)).toBe(expected);
  });
});
