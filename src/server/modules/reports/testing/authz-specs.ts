import type { RouteSpec } from "../../../testing/authz/types";
import { rolesOf } from "../permissions";

const read = rolesOf("reports.read");

export const reportsSpecs: RouteSpec[] = [
  {
    route: "GET /api/reports/summary",
    allow: read,
    request: () => ({ url: "/api/reports/summary?region=62.71" }),
    outOfScope: () => ({ url: "/api/reports/summary?region=13.10" }),
  },
  {
    route: "GET /api/reports/regions",
    allow: read,
    request: () => ({ url: "/api/reports/regions?region=62.71.01" }),
    outOfScope: () => ({ url: "/api/reports/regions?region=13.10" }),
  },
  { route: "GET /api/reports/today", allow: "authenticated", request: () => ({ url: "/api/reports/today" }) },
  {
    route: "GET /api/open-data/regencies",
    allow: "public",
    request: () => ({ url: "/api/open-data/regencies?province=62" }),
  },
  {
    route: "GET /api/open-data/regencies.csv",
    allow: "public",
    request: () => ({ url: "/api/open-data/regencies.csv?province=62" }),
  },
  {
    route: "GET /api/reports/regions.xlsx",
    allow: read,
    request: () => ({ url: "/api/reports/regions.xlsx?region=62.71" }),
    outOfScope: () => ({ url: "/api/reports/regions.xlsx?region=13.10" }),
  },
  {
    route: "GET /api/reports/regions.pdf",
    allow: read,
    request: () => ({ url: "/api/reports/regions.pdf?region=62.71" }),
    outOfScope: () => ({ url: "/api/reports/regions.pdf?region=13.10" }),
  },
];
