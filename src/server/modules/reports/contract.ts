// HTTP contract of reports. API kept for outside checks:
//   GET /api/reports/summary?region=<code>   reports.read → Summary, every number exact for the
//   caller's scope (a region outside it is 403 OUT_OF_SCOPE; a wider one is narrowed to the scope).
//   GET /api/reports/regions?region=<code>   reports.read → the same figures per child region (drill-down).
import { z } from "zod";
import { IsoDate, RegionCode } from "../registry";

/** Optional period (from/to, inclusive) for the dated figures; none means all time. */
export const SummaryQuery = z
  .object({ region: RegionCode.optional(), from: IsoDate.optional(), to: IsoDate.optional() })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { path: ["to"], message: "sampai ≥ dari" });
export type SummaryQuery = z.infer<typeof SummaryQuery>;

export const Summary = z.object({
  region: z.string(),
  regionName: z.string().nullable(),
  asOf: z.string(),
  businesses: z.number(),
  affected: z.number(),
  constraintsOpen: z.number(),
  /** Dated: kendala reported within the period. */
  constraintsOpened: z.number(),
  /** The period the dated figures (aid paid, trainings held, store sold, kendala opened) cover. */
  period: z.object({ from: z.string().nullable(), to: z.string().nullable() }),
  aid: z.object({ proposed: z.number(), approved: z.number(), paid: z.number() }),
  market: z.object({ supply: z.number(), demand: z.number(), sold: z.number(), unserved: z.number() }),
  training: z.object({ held: z.number(), postponed: z.number() }),
  prakerja: z.object({ registered: z.number(), passed: z.number() }),
});
export type Summary = z.infer<typeof Summary>;

export const RegionRows = z.object({ parent: Summary, children: z.array(Summary) });
export type RegionRows = z.infer<typeof RegionRows>;

/** GET /api/reports/today (any signed-in user): the role's work for today, each count with its list. */
export const TODAY_KEYS = [
  "ordersToHandOver",
  "paymentsToCheck",
  "allocationsDue",
  "importsWaiting",
  "pairsToReview",
  "constraintsOpen",
  "proposalsReturned",
  "constraintsAssigned",
  "proposalsToVerify",
] as const;
export const TodayItem = z.object({ key: z.enum(TODAY_KEYS), count: z.number().int(), href: z.string() });
export type TodayItem = z.infer<typeof TodayItem>;
export const Today = z.object({ asOf: z.string(), items: z.array(TodayItem) });
export type Today = z.infer<typeof Today>;

/** GET /api/open-data/regencies?province=62 (public) and .csv: counts by regency, no personal data. */
export const OpenDataQuery = z.object({
  province: z
    .string()
    .regex(/^\d{2}$/, "kode provinsi dua angka (mis. 62)")
    .default("62"),
  lang: z.enum(["id", "en"]).default("id"),
});
const OpenRow = z.object({
  code: z.string(),
  name: z.string(),
  businesses: z.number(),
  affected: z.number(),
  aidPaid: z.number(),
  trainingHeld: z.number(),
  prakerjaRegistered: z.number(),
  prakerjaPassed: z.number(),
});
export const OpenData = z.object({
  asOf: z.string(),
  province: z.string(),
  provinceName: z.string(),
  rows: z.array(OpenRow),
});
export type OpenData = z.infer<typeof OpenData>;
