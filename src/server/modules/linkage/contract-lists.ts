// HTTP contract of outside lists (DTKS, BPUM, Prakerja, any list) and the irisan report.
//
// Routes (permission → request → response):
//   POST /api/linkage/lists                  linkage.run    multipart: file + ListUploadFields → 201 ListUploaded
//          (unreadable file → 400 LIST_FILE_UNREADABLE; no usable column → 400 LIST_NO_COLUMNS)
//   GET  /api/linkage/lists                  linkage.read   → OutsideList[]
//   GET  /api/linkage/lists/:id              linkage.read   → OutsideList (with summary once linked)
//   POST /api/linkage/lists/:id/link         linkage.run    → 202 RunStarted
//   GET  /api/linkage/lists/:id/irisan       linkage.read   IrisanQuery → IrisanPage
//   GET  /api/linkage/lists/:id/irisan.xlsx  linkage.read   IrisanExportQuery → xlsx file
import { z } from "zod";
import { Text } from "../../../shared/contract-primitives";
import { IsoDate, RegionPrefix, Run } from "./contract";
import { IRISAN_CATEGORIES, LIST_KINDS, LIST_STATES, ROW_DECISIONS } from "./vocab";

export const ListKind = z.enum(LIST_KINDS);
export const IrisanCategory = z.enum(IRISAN_CATEGORIES);

/** Text fields of the upload form (multipart), next to the file. */
export const ListUploadFields = z.object({
  name: Text().min(3).max(150),
  kind: ListKind.default("other"),
  source: Text().max(150).optional(),
  asOf: IsoDate.optional(),
  /** The regency/city the list covers (e.g. 62.71); within the uploader's scope. */
  regionCode: z
    .string()
    .trim()
    .regex(/^\d{2}\.\d{2}$/, "pilih kabupaten/kota (mis. 62.71)"),
});
export type ListUploadFields = z.infer<typeof ListUploadFields>;

export const IrisanSummary = z.object({
  listRows: z.number().int(),
  registerRecords: z.number().int(),
  both: z.number().int(),
  registerOnly: z.number().int(),
  listOnly: z.number().int(),
  uncertain: z.number().int(),
});
export type IrisanSummary = z.infer<typeof IrisanSummary>;

export const OutsideList = z.object({
  id: z.string(),
  name: z.string(),
  kind: ListKind,
  source: z.string().nullable(),
  asOf: z.string().nullable(),
  regionCode: z.string(),
  fileId: z.string().nullable(),
  fileName: z.string().nullable(),
  rowCount: z.number().int(),
  state: z.enum(LIST_STATES),
  linkedAt: z.string().nullable(),
  createdByName: z.string(),
  createdAt: z.string(),
  lastRunId: z.string().nullable(),
  summary: IrisanSummary.nullable(),
});
export type OutsideList = z.infer<typeof OutsideList>;

export const ListUploaded = z.object({ list: OutsideList, run: Run, jobId: z.string() });
export type ListUploaded = z.infer<typeof ListUploaded>;

export const IrisanQuery = z.object({
  category: IrisanCategory.default("both"),
  /** Region prefix of the register record (or the list row's village). */
  region: RegionPrefix.optional(),
  /** Register status of the business. */
  status: z.enum(["active", "inactive", "merged"]).optional(),
  q: Text().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export type IrisanQuery = z.infer<typeof IrisanQuery>;

export const IrisanExportQuery = IrisanQuery.omit({ limit: true, offset: true }).extend({
  category: IrisanCategory.optional(),
});
export type IrisanExportQuery = z.infer<typeof IrisanExportQuery>;

export const IrisanListSide = z.object({
  rowId: z.string(),
  rowNumber: z.number().int(),
  name: z.string().nullable(),
  nikMasked: z.string().nullable(),
  birthDate: z.string().nullable(),
  address: z.string().nullable(),
  villageCode: z.string().nullable(),
});

export const IrisanRegisterSide = z.object({
  businessId: z.string(),
  businessName: z.string(),
  ownerName: z.string(),
  nikMasked: z.string(),
  regionCode: z.string(),
  status: z.string(),
});

export const IrisanRow = z.object({
  category: IrisanCategory,
  list: IrisanListSide.nullable(),
  register: IrisanRegisterSide.nullable(),
  decision: z.enum(ROW_DECISIONS).nullable(),
  probability: z.number().nullable(),
  weight: z.number().nullable(),
});
export type IrisanRow = z.infer<typeof IrisanRow>;

export const IrisanPage = z.object({
  list: OutsideList,
  items: z.array(IrisanRow),
  total: z.number().int(),
});
export type IrisanPage = z.infer<typeof IrisanPage>;

/** What the aid module asks: is this person / NIK / business on an outside list? */
export type OutsideListQuery = { nik?: string; personId?: string; businessId?: string; listId?: string };

export type OutsideListEvidence = {
  listId: string;
  listName: string;
  kind: z.infer<typeof ListKind>;
  asOf: string | null;
  rowNumber: number;
  /** "nik": the row carries this exact NIK; "link": the linkage run matched the row to the record. */
  via: "nik" | "link";
  decision: "match" | "review" | "none";
  weight: number | null;
  probability: number | null;
};
