// HTTP contract of a person's data on request (UU PDP Pasal 32) and of the NIK reveal log:
//   GET /api/reports/persons/:id/personal-data       registry.reveal_nik, person in scope → PersonData (JSON)
//   GET /api/reports/persons/:id/personal-data.pdf   the same as a PDF for the person (Bahasa Indonesia)
//   GET /api/reports/nik-reveals?limit=&offset=      audit.read → RevealLog (who, whom, when, why)
// Each export is an audit event `reports.person-data-export`; each reveal `registry.reveal-nik`.
import { z } from "zod";

export const PersonIdParams = z.object({ id: z.uuid() });

/** Every module's part as that module's named read returns it (typed there, loose here). */
const Part = z.record(z.string(), z.unknown());

export const PersonData = z.object({
  format: z.literal("sinergi.person-data/1"),
  legalBasis: z.string(),
  generatedAt: z.string(),
  generatedBy: z.string(),
  person: Part,
  register: Part,
  sources: Part,
  aid: Part,
  market: Part,
  training: Part,
});
export type PersonData = z.infer<typeof PersonData>;

export const RevealLogQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});
export type RevealLogQuery = z.infer<typeof RevealLogQuery>;

export const RevealLogEntry = z.object({
  at: z.string(),
  actorName: z.string(),
  /** person (one reveal), business-list (a list page or export), import-batch (staged rows). */
  entityType: z.string(),
  entityId: z.string().nullable(),
  regionCode: z.string().nullable(),
  /** The person's name for single reveals (null when out of reach or not a person). */
  personName: z.string().nullable(),
  /** How many people were shown at once (1 for a single reveal). */
  persons: z.number().int(),
  /** reveal, business-page, list, export, import-rows, or person-data (UU PDP export, no reason asked). */
  via: z.string().nullable(),
  reason: z.string().nullable(),
});
export type RevealLogEntry = z.infer<typeof RevealLogEntry>;

export const RevealLog = z.object({ total: z.number().int(), items: z.array(RevealLogEntry) });
export type RevealLog = z.infer<typeof RevealLog>;
