import type { RouteSpec } from "../../../testing/authz/types";
import { reg } from "../../registry/testing/authz-specs";
import { rolesOf } from "../permissions";

const read = rolesOf("reports.read");
const P = "/api/reports/persons";

const byPerson = (suffix: string): Pick<RouteSpec, "request" | "outOfScope"> => ({
  request: async (f) => ({ url: `${P}/${(await reg(f)).personIn}/${suffix}` }),
  outOfScope: async (f) => ({ url: `${P}/${(await reg(f)).personOut}/${suffix}` }),
});

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
  {
    route: "GET /api/reports/naik-kelas",
    allow: read,
    request: () => ({ url: "/api/reports/naik-kelas?region=62.71&from=2020-01-01" }),
    outOfScope: () => ({ url: "/api/reports/naik-kelas?region=13.10" }),
  },
  {
    route: "GET /api/reports/naik-kelas.xlsx",
    allow: read,
    request: () => ({ url: "/api/reports/naik-kelas.xlsx?region=62.71" }),
    outOfScope: () => ({ url: "/api/reports/naik-kelas.xlsx?region=13.10" }),
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
  // A person's data holds their full NIK: the roles that may reveal a NIK may export it.
  {
    route: `GET ${P}/:id/personal-data`,
    allow: rolesOf("reports.person_data"),
    ...byPerson("personal-data"),
  },
  {
    route: `GET ${P}/:id/personal-data.pdf`,
    allow: rolesOf("reports.person_data"),
    ...byPerson("personal-data.pdf"),
  },
  // Reveals are filtered to the reader's scope, so there is no out-of-scope request to make.
  {
    route: "GET /api/reports/nik-reveals",
    allow: rolesOf("reports.nik_reveals"),
    request: () => ({ url: "/api/reports/nik-reveals" }),
  },
];
