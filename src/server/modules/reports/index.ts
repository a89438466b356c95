/**
 * reports: the figures an office head reads (register, kendala, aid, store, training, Prakerja) for
 * a region in the reader's scope, each one named definition read from the module that owns the fact
 * through its public read function. Last in the module chain: nothing imports it but the app.
 */
import type { ServerModule } from "../../platform/module";
import { seedNaikKelasDemo } from "../training";
import { REPORTS_PERMISSIONS } from "./permissions";
import { personDataRoutes } from "./person-data/routes-person";
import { reportsRoutes } from "./routes";

export type { RegionRows, Summary } from "./contract";
export { FIGURES, type FigureName, readFigures } from "./dashboard/figures";
export { effectiveRegion, reportByRegion, reportSummary } from "./dashboard/summary";
export { reportNaikKelas } from "./naik-kelas/naik-kelas";
export { exportPersonData, type PersonDataExport } from "./person-data/person-data";
export { readRevealLog } from "./person-data/reveal-log";
export { reportsRoutes };

/** The reports module's manifest for the composition root (src/server/modules.ts); last in the chain. */
export const reportsModule: ServerModule = {
  name: "reports",
  permissions: REPORTS_PERMISSIONS,
  routes: () => [reportsRoutes, personDataRoutes],
  // Training's naik kelas demo (Dharmasraya), run after the deferred aid demo so the BPUM checks
  // see those businesses as micro; the report here is what shows it.
  demo: { seed: (database) => seedNaikKelasDemo(database), deferred: true },
  authzSpecs: async () => (await import("./testing/authz-specs")).reportsSpecs,
};
