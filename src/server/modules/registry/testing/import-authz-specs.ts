import { oncePerFixture } from "../../../testing/authz/once-per-fixture";
import type { Fixture, RouteSpec } from "../../../testing/authz/types";
import { rolesOf } from "../permissions";
import { importUpload, seedImportBatches } from "./import";

const batches = oncePerFixture(seedImportBatches);

const allow = rolesOf("registry.import");
const I = "/api/registry/imports";
const CSV = Buffer.from("NIK;Nama;Desa\n6271015205800003;Siti Aminah;Langkai\n");

const byBatch = (suffix: string, method: "GET" | "POST" = "GET", payload?: unknown) => ({
  request: async (f: Fixture) => ({
    method,
    url: `${I}/${(await batches(f)).batchIn}${suffix}`,
    ...(payload ? { payload } : {}),
  }),
  outOfScope: async (f: Fixture) => ({
    method,
    url: `${I}/${(await batches(f)).batchOut}${suffix}`,
    ...(payload ? { payload } : {}),
  }),
});

export const registryImportSpecs: RouteSpec[] = [
  {
    route: `POST ${I}`,
    allow,
    request: () => importUpload(CSV, { regionCode: "62.71" }, "data.csv"),
    outOfScope: () => importUpload(CSV, { regionCode: "13.10" }, "data.csv"),
  },
  { route: `GET ${I}`, allow, request: () => ({ url: I }) },
  { route: `GET ${I}/:id`, allow, ...byBatch("") },
  { route: `POST ${I}/:id/dry-run`, allow, ...byBatch("/dry-run", "POST", { sheets: ["data"] }) },
  { route: `GET ${I}/:id/rows`, allow, ...byBatch("/rows") },
  { route: `GET ${I}/:id/error-report.xlsx`, allow, ...byBatch("/error-report.xlsx") },
  { route: `POST ${I}/:id/commit`, allow, ...byBatch("/commit", "POST", {}) },
  { route: `POST ${I}/:id/undo`, allow, ...byBatch("/undo", "POST") },
];
