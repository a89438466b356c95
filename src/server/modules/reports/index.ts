/**
 * reports: the figures an office head reads (register, kendala, aid, store, training, Prakerja) for
 * a region in the reader's scope, each one named definition read from the module that owns the fact
 * through its public read function. Last in the module chain: nothing imports it but the app.
 */
export type { RegionRows, Summary } from "./contract";
export { FIGURES, type FigureName, readFigures } from "./figures";
export { reportsRoutes } from "./routes";
export { effectiveRegion, reportByRegion, reportSummary } from "./summary";
