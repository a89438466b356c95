import { oncePerFixture } from "../../../testing/authz/once-per-fixture";
import type { Fixture, RouteSpec } from "../../../testing/authz/types";
import { rolesOf } from "../permissions";
import { businessBody, seedRegistryFixture, VILLAGE_OUT } from "./fixtures";

/** Register rows for the specs, created once per fixture (other modules' specs share them). */
export const reg = oncePerFixture(seedRegistryFixture);

const read = rolesOf("registry.read");
const write = rolesOf("registry.write");
const manage = rolesOf("constraints.manage");
const B = "/api/registry/businesses";
const C = "/api/registry/constraints";

const byBusiness = (suffix: string, payload?: unknown, method: "GET" | "POST" | "PATCH" = "POST") => ({
  request: async (f: Fixture) => ({
    method,
    url: `${B}/${(await reg(f)).businessIn}${suffix}`,
    ...(payload ? { payload } : {}),
  }),
  outOfScope: async (f: Fixture) => ({
    method,
    url: `${B}/${(await reg(f)).businessOut}${suffix}`,
    ...(payload ? { payload } : {}),
  }),
});

const byConstraint = (suffix: string, payload?: unknown, method: "GET" | "POST" = "POST") => ({
  request: async (f: Fixture) => ({
    method,
    url: `${C}/${(await reg(f)).constraintIn}${suffix}`,
    ...(payload ? { payload } : {}),
  }),
  outOfScope: async (f: Fixture) => ({
    method,
    url: `${C}/${(await reg(f)).constraintOut}${suffix}`,
    ...(payload ? { payload } : {}),
  }),
});

export const registrySpecs: RouteSpec[] = [
  {
    route: `GET ${B}`,
    allow: read,
    request: () => ({ url: `${B}?region=62.71&q=siti` }),
    outOfScope: () => ({ url: `${B}?region=13.10` }),
  },
  {
    route: `POST ${B}`,
    allow: write,
    request: () => ({ method: "POST", url: B, payload: businessBody() }),
    outOfScope: () => ({ method: "POST", url: B, payload: businessBody({ village: VILLAGE_OUT }) }),
  },
  {
    route: `GET ${B}/export.xlsx`,
    allow: read,
    request: () => ({ url: `${B}/export.xlsx?region=62.71` }),
    outOfScope: () => ({ url: `${B}/export.xlsx?region=13.10` }),
  },
  { route: `GET ${B}/:id`, allow: read, ...byBusiness("", undefined, "GET") },
  { route: `PATCH ${B}/:id`, allow: write, ...byBusiness("", { products: "Masker kain, gamis" }, "PATCH") },
  {
    route: `POST ${B}/:id/impacts`,
    allow: write,
    ...byBusiness("/impacts", { assessedOn: "2020-06-01", affected: true, turnoverAfter: 1_000_000 }),
  },
  {
    route: `POST ${B}/:id/pivots`,
    allow: write,
    ...byBusiness("/pivots", { before: "Gamis", after: "Masker kain", since: "2020-04-01" }),
  },
  {
    route: `POST ${B}/:id/products`,
    allow: write,
    ...byBusiness("/products", { name: "Masker kain", price: 5000, dailyCapacity: 50, isPivot: true }),
  },
  {
    route: `POST ${B}/:id/constraints`,
    allow: manage,
    ...byBusiness("/constraints", { type: "raw_material", description: "Karet masker langka" }),
  },
  {
    route: "PATCH /api/registry/persons/:id",
    allow: write,
    request: async (f) => ({
      method: "PATCH",
      url: `/api/registry/persons/${(await reg(f)).personIn}`,
      payload: { phone: "081234567891" },
    }),
    outOfScope: async (f) => ({
      method: "PATCH",
      url: `/api/registry/persons/${(await reg(f)).personOut}`,
      payload: { phone: "081234567891" },
    }),
  },
  {
    route: "POST /api/registry/persons/:id/reveal-nik",
    allow: rolesOf("registry.reveal_nik"),
    request: async (f) => ({
      method: "POST",
      url: `/api/registry/persons/${(await reg(f)).personIn}/reveal-nik`,
      payload: { reason: "Verifikasi usulan bantuan" },
    }),
    outOfScope: async (f) => ({
      method: "POST",
      url: `/api/registry/persons/${(await reg(f)).personOut}/reveal-nik`,
      payload: { reason: "Verifikasi usulan bantuan" },
    }),
  },
  {
    route: "GET /api/registry/cooperatives",
    allow: read,
    request: () => ({ url: "/api/registry/cooperatives?region=62.71" }),
    outOfScope: () => ({ url: "/api/registry/cooperatives?region=13.10" }),
  },
  {
    route: "POST /api/registry/cooperatives",
    allow: write,
    request: () => ({
      method: "POST",
      url: "/api/registry/cooperatives",
      payload: { name: "KSU Betang", sector: "perdagangan", regionCode: "62.71.01.1003", members: 40 },
    }),
    outOfScope: () => ({
      method: "POST",
      url: "/api/registry/cooperatives",
      payload: { name: "KSU Koto", sector: "perdagangan", regionCode: VILLAGE_OUT },
    }),
  },
  {
    route: "GET /api/registry/cooperatives/:id",
    allow: read,
    request: async (f) => ({ url: `/api/registry/cooperatives/${(await reg(f)).cooperativeIn}` }),
    outOfScope: async (f) => ({ url: `/api/registry/cooperatives/${(await reg(f)).cooperativeOut}` }),
  },
  {
    route: "PATCH /api/registry/cooperatives/:id",
    allow: write,
    request: async (f) => ({
      method: "PATCH",
      url: `/api/registry/cooperatives/${(await reg(f)).cooperativeIn}`,
      payload: { members: 41 },
    }),
    outOfScope: async (f) => ({
      method: "PATCH",
      url: `/api/registry/cooperatives/${(await reg(f)).cooperativeOut}`,
      payload: { members: 41 },
    }),
  },
  {
    route: `GET ${C}`,
    allow: read,
    request: () => ({ url: `${C}?region=62.71&status=open` }),
    outOfScope: () => ({ url: `${C}?region=13.10` }),
  },
  { route: `GET ${C}/:id`, allow: read, ...byConstraint("", undefined, "GET") },
  {
    route: `POST ${C}/:id/assign`,
    allow: manage,
    ...byConstraint("/assign", { assigneeName: "Bidang UMKM" }),
  },
  {
    route: `POST ${C}/:id/follow-ups`,
    allow: manage,
    ...byConstraint("/follow-ups", { note: "Sudah dihubungi" }),
  },
  { route: `POST ${C}/:id/status`, allow: manage, ...byConstraint("/status", { status: "in_progress" }) },
];
