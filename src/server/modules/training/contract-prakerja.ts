// HTTP contract of Kartu Prakerja lists (the list and its link to the register are linkage's):
//   POST /api/training/prakerja/lists        linkage.run    multipart: file + PrakerjaUploadFields → 201 PrakerjaImported
//   GET  /api/training/prakerja/lists        training.read  → PrakerjaList[] (with status counts)
//   GET  /api/training/prakerja/lists/:id    training.read  → PrakerjaRow[] (row statuses, no NIK)
//   GET  /api/training/prakerja/businesses/:id  training.read → PrakerjaOwnerStatus[] (the owner's rows)
import { z } from "zod";

export const PrakerjaUploadFields = z.object({
  name: z.string().trim().min(3).max(150),
  asOf: z.iso.date().optional(),
  regionCode: z
    .string()
    .trim()
    .regex(/^\d{2}\.\d{2}$/, "pilih kabupaten/kota (mis. 19.71)"),
});
export type PrakerjaUploadFields = z.infer<typeof PrakerjaUploadFields>;

export const PrakerjaCounts = z.object({
  rows: z.number().int(),
  registered: z.number().int(),
  passed: z.number().int(),
  incentive: z.number().int(),
});
export type PrakerjaCounts = z.infer<typeof PrakerjaCounts>;

export const PrakerjaList = z.object({
  id: z.string(),
  name: z.string(),
  regionCode: z.string(),
  asOf: z.string().nullable(),
  state: z.string(),
  createdAt: z.string(),
  counts: PrakerjaCounts,
  /** Rows linked to a register record once the link run is done (null before). */
  linked: z.number().int().nullable(),
});
export type PrakerjaList = z.infer<typeof PrakerjaList>;

export const PrakerjaImported = z.object({ list: PrakerjaList, jobId: z.string() });
export type PrakerjaImported = z.infer<typeof PrakerjaImported>;

export const PrakerjaRow = z.object({
  rowNumber: z.number().int(),
  sheet: z.string(),
  name: z.string().nullable(),
  wave: z.string().nullable(),
  statusText: z.string().nullable(),
  registered: z.boolean(),
  passed: z.boolean(),
  incentive: z.boolean(),
});
export type PrakerjaRow = z.infer<typeof PrakerjaRow>;

export const PrakerjaOwnerStatus = z.object({
  listId: z.string(),
  listName: z.string(),
  asOf: z.string().nullable(),
  via: z.enum(["nik", "link"]),
  wave: z.string().nullable(),
  registered: z.boolean(),
  passed: z.boolean(),
  incentive: z.boolean(),
});
export type PrakerjaOwnerStatus = z.infer<typeof PrakerjaOwnerStatus>;

export const ListParams = z.object({ id: z.uuid() });
