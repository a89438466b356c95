// HTTP contract of a proposal's items: recipients with their checks and problems (evidence), adding
// them (one, many from the register, an upload), justifying or removing, and the flow bodies.
import { z } from "zod";
import { Text } from "../../../../shared/contract-primitives";
import { IsoDate, RegionCode, Rupiah } from "../contract";
import { ITEM_STATUSES, PROBLEM_CODES } from "../domain";

const Reason = Text().min(5, "tuliskan alasan (minimal 5 huruf)").max(1000);

export const ProblemOut = z.object({
  key: z.string(),
  code: z.enum(PROBLEM_CODES),
  message: z.string(),
  evidence: z.record(z.string(), z.unknown()),
  justification: z.object({ text: z.string(), by: z.string(), at: z.string() }).nullable(),
});
export type ProblemOut = z.infer<typeof ProblemOut>;

export const Item = z.object({
  id: z.string(),
  proposalId: z.string(),
  nikMasked: z.string(),
  noKkMasked: z.string().nullable(),
  name: z.string(),
  address: z.string().nullable(),
  villageCode: z.string().nullable(),
  sector: z.string().nullable(),
  phone: z.string().nullable(),
  occupation: z.string().nullable(),
  businessId: z.string().nullable(),
  businessName: z.string().nullable(),
  source: z.string(),
  status: z.enum(ITEM_STATUSES),
  removedReason: z.string().nullable(),
  checks: z.array(z.object({ rule: z.string(), state: z.string(), value: z.string().nullable() })),
  problems: z.array(ProblemOut),
  openProblems: z.number(),
  decision: z.string().nullable(),
  decisionReason: z.string().nullable(),
});
export type Item = z.infer<typeof Item>;

export const AddItemResult = z.object({ item: Item, problems: z.array(ProblemOut) });
export type AddItemResult = z.infer<typeof AddItemResult>;

const Digits = Text().max(40);
/** `{ businessId }` picks a register business; otherwise the ministry template's fields. */
export const AddItemBody = z.union([
  z.object({ businessId: z.uuid() }).strict(),
  z.object({
    nik: Digits.min(1),
    nama: Text().min(1).max(200),
    noKk: Digits.optional(),
    alamat: Text().max(300).optional(),
    kodeWilayah: RegionCode.optional(),
    bidangUsaha: Text().max(60).optional(),
    noHp: Text().max(30).optional(),
    namaUsaha: Text().max(200).optional(),
    pekerjaan: Text().max(100).optional(),
    aset: Rupiah.optional(),
    omzet: Rupiah.optional(),
    terdampak: z.boolean().optional(),
  }),
]);
export type AddItemBody = z.infer<typeof AddItemBody>;

export const AddManyBody = z.object({ businessIds: z.array(z.uuid()).min(1).max(10_000) });
export type AddManyBody = z.infer<typeof AddManyBody>;
export const AddManyResult = z.object({
  added: z.number(),
  skipped: z.number(),
  withProblems: z.number(),
  openProblems: z.number(),
  issues: z.array(z.object({ row: z.number(), message: z.string() })).default([]),
});
export type AddManyResult = z.infer<typeof AddManyResult>;

export const ItemListQuery = z.object({
  view: z.enum(["all", "problems", "open", "removed"]).default("all"),
  code: z.enum(PROBLEM_CODES).optional(),
  q: Text().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export type ItemListQuery = z.infer<typeof ItemListQuery>;
export const ItemPage = z.object({ items: z.array(Item), total: z.number() });
export type ItemPage = z.infer<typeof ItemPage>;

export const JustifyBody = z.object({ problemKey: z.string().min(1).max(300), text: Reason });
export type JustifyBody = z.infer<typeof JustifyBody>;
export const ReasonBody = z.object({ reason: Reason });
export type ReasonBody = z.infer<typeof ReasonBody>;
export const DecreeBody = z.object({
  decreeNumber: Text().min(3).max(120),
  decreeDate: IsoDate.optional(),
  reason: Reason.optional(),
});
export type DecreeBody = z.infer<typeof DecreeBody>;
export const ReviseBody = z.object({ removeItemIds: z.array(z.uuid()).min(1).max(10_000), reason: Reason });
export type ReviseBody = z.infer<typeof ReviseBody>;

export const CheckResult = z.object({
  checked: z.number(),
  withProblems: z.number(),
  openProblems: z.number(),
  ms: z.number(),
});
export type CheckResult = z.infer<typeof CheckResult>;

export const CandidateQuery = z.object({
  sector: Text().max(40).optional(),
  sizeClass: z.enum(["mikro", "kecil", "menengah", "besar"]).optional(),
  affected: z
    .enum(["true", "false"])
    .transform((v) => v === "true")
    .optional(),
  region: RegionCode.optional(),
  afterId: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(5000).default(100),
});
export type CandidateQuery = z.infer<typeof CandidateQuery>;
export const Candidate = z.object({
  businessId: z.string(),
  businessName: z.string(),
  sector: z.string(),
  sizeClass: z.string().nullable(),
  affected: z.boolean().nullable(),
  regionCode: z.string(),
  name: z.string(),
  nikMasked: z.string(),
  inProgramme: z.boolean(),
});
export const CandidatePage = z.object({ candidates: z.array(Candidate), nextAfterId: z.string().nullable() });
export type CandidatePage = z.infer<typeof CandidatePage>;
