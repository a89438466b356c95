// GET /api/reports/naik-kelas?region=&from=&to= (reports.read) and .xlsx: businesses whose size
// class moved up within the period, by region in the caller's scope, with the support each received.
import { z } from "zod";
import { IsoDate, RegionCode } from "../registry";

export const PeriodQuery = z
  .object({ region: RegionCode.optional(), from: IsoDate.optional(), to: IsoDate.optional() })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { path: ["to"], message: "sampai ≥ dari" });
export type PeriodQuery = z.infer<typeof PeriodQuery>;

export const NaikKelasRow = z.object({
  businessId: z.string(),
  businessName: z.string(),
  regionCode: z.string(),
  regionName: z.string().nullable(),
  fromClass: z.string(),
  toClass: z.string(),
  movedOn: z.string(),
  trainings: z.number(),
  trainingTitles: z.array(z.string()),
  aidPaid: z.number(),
  aidAmount: z.number(),
  storeUnits: z.number(),
  storeAmount: z.number(),
});
export type NaikKelasRow = z.infer<typeof NaikKelasRow>;

export const NaikKelas = z.object({
  region: z.string(),
  regionName: z.string().nullable(),
  asOf: z.string(),
  from: z.string().nullable(),
  to: z.string().nullable(),
  total: z.number(),
  byRegion: z.array(z.object({ code: z.string(), name: z.string(), count: z.number() })),
  rows: z.array(NaikKelasRow),
});
export type NaikKelas = z.infer<typeof NaikKelas>;
