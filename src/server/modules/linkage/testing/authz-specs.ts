import { oncePerFixture } from "../../../testing/authz/once-per-fixture";
import type { Fixture, RouteSpec } from "../../../testing/authz/types";
import { rolesOf } from "../permissions";
import { seedLinkageAuthz } from "./authz";
import { multipart } from "./http";

/** Linkage rows for the specs, created once per fixture. */
const data = oncePerFixture(seedLinkageAuthz);

const run = rolesOf("linkage.run");
const review = rolesOf("linkage.review");
const read = rolesOf("linkage.read");
const hint = rolesOf("linkage.hint");
const L = "/api/linkage";

const byId = (
  key: "pairIn" | "mergeIn" | "listIn" | "businessIn",
  out: "pairOut" | "mergeOut" | "listOut" | "businessOut",
  path: (id: string) => string,
  method: "GET" | "POST" = "GET",
  payload?: unknown,
) => ({
  request: async (f: Fixture) => ({
    method,
    url: path((await data(f))[key]),
    ...(payload ? { payload } : {}),
  }),
  outOfScope: async (f: Fixture) => ({
    method,
    url: path((await data(f))[out]),
    ...(payload ? { payload } : {}),
  }),
});

function upload(regionCode: string) {
  const body = multipart(
    { name: "DTKS Kemensos April 2020", kind: "dtks", regionCode },
    { name: "dtks.csv", type: "text/csv", content: "NIK,Nama\n6271015001900007,Rahmawati Putri\n" },
  );
  return { method: "POST" as const, url: `${L}/lists`, payload: body.payload, headers: body.headers };
}

export const linkageSpecs: RouteSpec[] = [
  {
    route: "POST /api/linkage/dedup-runs",
    allow: run,
    request: () => ({ method: "POST", url: `${L}/dedup-runs`, payload: {} }),
    outOfScope: () => ({ method: "POST", url: `${L}/dedup-runs`, payload: { regionCode: "13.10" } }),
  },
  { route: "GET /api/linkage/dedup-runs", allow: read, request: () => ({ url: `${L}/dedup-runs` }) },
  {
    route: "GET /api/linkage/reviews",
    allow: review,
    request: () => ({ url: `${L}/reviews` }),
    outOfScope: () => ({ url: `${L}/reviews?region=13.10` }),
  },
  {
    route: "POST /api/linkage/reviews/batch",
    allow: review,
    request: async (f) => ({
      method: "POST",
      url: `${L}/reviews/batch`,
      payload: { ids: [(await data(f)).pairIn], decision: "skip" },
    }),
  },
  {
    route: "GET /api/linkage/reviews/:id",
    allow: review,
    ...byId("pairIn", "pairOut", (id) => `${L}/reviews/${id}`),
  },
  {
    route: "POST /api/linkage/reviews/:id/decision",
    allow: review,
    ...byId("pairIn", "pairOut", (id) => `${L}/reviews/${id}/decision`, "POST", { decision: "skip" }),
  },
  { route: "GET /api/linkage/merges", allow: review, request: () => ({ url: `${L}/merges` }) },
  {
    route: "POST /api/linkage/merges/:id/undo",
    allow: review,
    ...byId("mergeIn", "mergeOut", (id) => `${L}/merges/${id}/undo`, "POST"),
  },
  {
    route: "GET /api/linkage/businesses/:id/entity",
    allow: rolesOf("registry.read"),
    ...byId("businessIn", "businessOut", (id) => `${L}/businesses/${id}/entity`),
  },
  {
    route: "POST /api/linkage/hints",
    allow: hint,
    request: () => ({
      method: "POST",
      url: `${L}/hints`,
      payload: { name: "Siti Aminah", birthDate: "1980-05-12", regionCode: "62.71.01.1003" },
    }),
  },
  {
    route: "POST /api/linkage/match-keys/refresh",
    allow: run,
    request: () => ({ method: "POST", url: `${L}/match-keys/refresh`, payload: {} }),
    outOfScope: () => ({ method: "POST", url: `${L}/match-keys/refresh`, payload: { regionCode: "13.10" } }),
  },
  {
    route: "POST /api/linkage/lists",
    allow: run,
    request: () => upload("62.71"),
    outOfScope: () => upload("13.10"),
  },
  { route: "GET /api/linkage/lists", allow: read, request: () => ({ url: `${L}/lists` }) },
  {
    route: "GET /api/linkage/lists/:id",
    allow: read,
    ...byId("listIn", "listOut", (id) => `${L}/lists/${id}`),
  },
  {
    route: "POST /api/linkage/lists/:id/link",
    allow: run,
    ...byId("listIn", "listOut", (id) => `${L}/lists/${id}/link`, "POST"),
  },
  {
    route: "GET /api/linkage/lists/:id/irisan",
    allow: read,
    ...byId("listIn", "listOut", (id) => `${L}/lists/${id}/irisan`),
  },
  {
    route: "GET /api/linkage/lists/:id/irisan.xlsx",
    allow: read,
    ...byId("listIn", "listOut", (id) => `${L}/lists/${id}/irisan.xlsx`),
  },
];
