import type { RouteSpec } from "./types";

export const platformSpecs: RouteSpec[] = [
  { route: "GET /api/health", allow: "public", request: () => ({ url: "/api/health" }) },
  { route: "GET /api/openapi.json", allow: "public", request: () => ({ url: "/api/openapi.json" }) },
  { route: "GET /api/regions", allow: "public", request: () => ({ url: "/api/regions?parent=62" }) },
  {
    route: "GET /api/regions/search",
    allow: "public",
    request: () => ({ url: "/api/regions/search?q=pahandut" }),
  },
  { route: "GET /api/regions/:code", allow: "public", request: () => ({ url: "/api/regions/62.71" }) },
  {
    route: "POST /api/auth/login",
    allow: "public",
    request: () => ({
      method: "POST",
      url: "/api/auth/login",
      payload: { username: "target.inscope", password: "sinergi-demo-2020" },
    }),
  },
  {
    route: "POST /api/auth/logout",
    allow: "public",
    request: () => ({ method: "POST", url: "/api/auth/logout" }),
  },
  { route: "GET /api/auth/me", allow: "authenticated", request: () => ({ url: "/api/auth/me" }) },
  {
    route: "PATCH /api/auth/me",
    allow: "authenticated",
    request: () => ({ method: "PATCH", url: "/api/auth/me", payload: { language: "id" } }),
  },
  {
    route: "POST /api/auth/password",
    allow: "authenticated",
    request: () => ({
      method: "POST",
      url: "/api/auth/password",
      payload: { currentPassword: "wrong-on-purpose", newPassword: "a-long-new-password" },
    }),
  },
  { route: "GET /api/users", allow: ["admin_provinsi"], request: () => ({ url: "/api/users" }) },
  {
    route: "POST /api/users",
    allow: ["admin_provinsi"],
    request: (f) => ({
      method: "POST",
      url: "/api/users",
      payload: {
        username: `u${f.unique()}`,
        displayName: "Uji",
        role: "pimpinan",
        scope: "62.71",
        password: "password-panjang-1",
      },
    }),
    outOfScope: (f) => ({
      method: "POST",
      url: "/api/users",
      payload: {
        username: `u${f.unique()}`,
        displayName: "Uji",
        role: "pimpinan",
        scope: "13.10",
        password: "password-panjang-1",
      },
    }),
  },
  {
    route: "PATCH /api/users/:id",
    allow: ["admin_provinsi"],
    request: (f) => ({
      method: "PATCH",
      url: `/api/users/${f.ids.userInScope}`,
      payload: { displayName: "Nama Baru" },
    }),
    outOfScope: (f) => ({
      method: "PATCH",
      url: `/api/users/${f.ids.userOutOfScope}`,
      payload: { displayName: "Nama Baru" },
    }),
  },
  {
    route: "GET /api/jobs/:id",
    allow: ["admin_provinsi", "operator_kabkota", "pendamping", "konsultan_plut", "pimpinan"],
    request: (f) => ({ url: `/api/jobs/${f.ids.job}` }),
  },
  {
    route: "GET /api/jobs/:id/events",
    allow: ["admin_provinsi", "operator_kabkota", "pendamping", "konsultan_plut", "pimpinan"],
    request: (f) => ({ url: `/api/jobs/${f.ids.finishedJob}/events` }),
  },
];
