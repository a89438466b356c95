// Registers a business with its owner and first impact assessment in one transaction. Also the
// offline sync endpoint: a device-generated clientId makes the call idempotent (exactly once).
import { createHash } from "node:crypto";
import { sql } from "drizzle-orm";
import { maskIdentity } from "../../../../shared/mask";
import type { Tx } from "../../../platform/db/pool";
import { AppError, notFound } from "../../../platform/errors";
import type { Jobs } from "../../../platform/jobs/jobs";
import { type Ctx, recordAudit, requireScope, tx } from "../../access";
import type { BusinessPage } from "../contract-business-page";
import type { CreateBusinessBody } from "../contract-register";
import type { CleanPerson } from "../domain/form-checks";
import { firstBusinesses, type GateCandidate, ownerFields, passGate } from "../duplicates/duplicate-gate";
import { type OwnerFields, ownerMatcher } from "../duplicates/owner-matching";
import { duplicateReview, queueNewRecords } from "../duplicates/review-port";
import { REGISTRY_ERRORS, registryError } from "../errors";
import { requirePermission } from "../permissions";
import { businesses, impactAssessments, persons, recordSources } from "../schema";
import { loadBusinessPage } from "./get-business";
import { businessValues, defaultSourceKind, impactValues, personValues, sourceValues } from "./record-values";
import { findBusinessByClientId, findPersonRow, type PersonRow } from "./repository";
import { cleanCreateInput } from "./validate-input";

export type CreateBusinessOutcome = { kind: "created" | "existing"; page: BusinessPage };

/** Stable JSON (sorted keys) so the same offline record always hashes the same. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`)
      .join(",")}}`;
  }
  return JSON.stringify(value);
}

export function payloadHash(input: CreateBusinessBody): string {
  const { clientId: _clientId, ...rest } = input;
  return createHash("sha256").update(canonical(rest)).digest("hex");
}

const SYNC_CONFLICT = REGISTRY_ERRORS.SYNC_CONFLICT;
const SYNC_CONFLICT_TEXT = { id: SYNC_CONFLICT.id, en: SYNC_CONFLICT.en };

async function replay(t: Tx, input: CreateBusinessBody, hash: string): Promise<CreateBusinessOutcome | null> {
  if (!input.clientId) return null;
  // Serialises two deliveries of the same offline record (retries, two tabs).
  await t.execute(sql`select pg_advisory_xact_lock(hashtextextended(${input.clientId}, 7203))`);
  const existing = await findBusinessByClientId(t, input.clientId);
  if (!existing) return null;
  const page = await loadBusinessPage(t, existing.id, false);
  if (existing.clientPayloadHash === hash) return { kind: "existing", page };
  throw registryError("SYNC_CONFLICT", {
    details: { clientId: input.clientId, existing: page, submitted: input },
  });
}

type ResolvedOwner = {
  row: PersonRow;
  isNew: boolean;
  reason: string | null;
  candidates: GateCandidate[];
  /** The registered person the user was not sure about ("not sure" answer). */
  notSure?: string | undefined;
};

/** The owner: an explicit ownerId, the person the caller confirmed, or a new person past the gate. */
async function resolveOwner(
  t: Tx,
  input: CreateBusinessBody,
  clean: CleanPerson | null,
  ctx: Ctx,
): Promise<ResolvedOwner> {
  if (input.ownerId) {
    const row = await findPersonRow(t, input.ownerId);
    if (!row) throw notFound();
    return { row, isNew: false, reason: null, candidates: [] };
  }
  const owner = input.owner;
  if (!owner || !clean) throw new AppError("VALIDATION");
  const gate = await passGate(t, ctx, input, clean);
  if (gate.kind === "existing") return { row: gate.row, isNew: false, reason: null, candidates: [] };
  const values = personValues(owner, clean, input.business.regionCode);
  const keys = ownerMatcher()?.matchKeys({
    ...(ownerFields(input, clean) as OwnerFields),
    ...values,
    id: values.id,
  });
  const [row] = await t
    .insert(persons)
    .values({ ...values, ...(keys ? { matchKeys: keys } : {}), createdAt: ctx.now, updatedAt: ctx.now })
    .returning();
  if (!row) throw new AppError("INTERNAL");
  return { row, isNew: true, reason: gate.reason, candidates: gate.candidates, notSure: gate.notSure };
}

/** The user's answer to the duplicate question, when there was one, kept in the audit log. */
async function auditDecision(t: Tx, ctx: Ctx, owner: ResolvedOwner): Promise<void> {
  if (!owner.reason && !owner.notSure) return;
  const after = owner.notSure
    ? { kind: "not_sure", personId: owner.notSure, candidates: owner.candidates }
    : { kind: "new_person", reason: owner.reason, candidates: owner.candidates };
  await recordAudit(t, ctx, {
    action: "registry.duplicate-decision",
    entityType: "person",
    entityId: owner.row.id,
    entityRegion: owner.row.regionCode,
    after,
  });
}

/** "Not sure": the pair (new business, the candidate's business) goes to linkage's review queue. */
async function askReview(t: Tx, ctx: Ctx, owner: ResolvedOwner, businessId: string): Promise<void> {
  const port = duplicateReview();
  if (!owner.notSure || !port) return;
  const personId = owner.notSure;
  const candidateBusinessId =
    owner.candidates.find((c) => c.personId === personId)?.businessId ??
    (await firstBusinesses(t, [personId])).get(personId);
  if (candidateBusinessId) await port.ask(t, ctx, { businessId, candidateBusinessId });
}

/** A client id already used by a record this actor cannot see (another region): a plain conflict. */
function isClientIdClash(err: unknown): boolean {
  const e = err as { code?: string; constraint?: string; cause?: { code?: string; constraint?: string } };
  const pgErr = e?.cause ?? e;
  return pgErr?.code === "23505" && pgErr.constraint === "businesses_client_id_key";
}

/** `jobs`: queue the incremental dedup of the new business in the transaction that saves it. */
export async function createBusiness({
  ctx,
  input,
  jobs,
}: {
  ctx: Ctx;
  input: CreateBusinessBody;
  jobs?: Jobs;
}): Promise<CreateBusinessOutcome> {
  requirePermission(ctx, "registry.write");
  requireScope(ctx, input.business.regionCode);
  try {
    return await insertBusiness(ctx, input, jobs);
  } catch (err) {
    if (isClientIdClash(err)) throw new AppError("CONFLICT", { text: SYNC_CONFLICT_TEXT });
    throw err;
  }
}

function insertBusiness(ctx: Ctx, input: CreateBusinessBody, jobs?: Jobs): Promise<CreateBusinessOutcome> {
  const hash = payloadHash(input);
  return tx(ctx, async (t) => {
    const replayed = await replay(t, input, hash);
    if (replayed) return replayed;
    const clean = await cleanCreateInput(t, input, ctx.lang);
    const owner = await resolveOwner(t, input, clean.person, ctx);
    const kind = input.source?.kind ?? defaultSourceKind(ctx);
    const values = businessValues(input.business, clean.business, {
      ownerId: owner.row.id,
      sourceKind: kind,
      now: ctx.now,
      clientId: input.clientId,
      clientPayloadHash: input.clientId ? hash : null,
    });
    const [business] = await t
      .insert(businesses)
      .values({ ...values, affected: input.impact ? input.impact.affected : null })
      .returning();
    if (!business) throw new AppError("INTERNAL");
    const why = owner.reason
      ? `Bukan orang yang sama: ${owner.reason}`
      : owner.notSure
        ? "Belum pasti orang yang sama dengan pemilik terdaftar: perlu ditinjau"
        : null;
    const note = [input.source?.note, why].filter(Boolean).join(" · ") || undefined;
    const sources = [sourceValues(ctx, { type: "business", ...business }, { kind, note })];
    if (owner.isNew) sources.push(sourceValues(ctx, { type: "person", ...owner.row }, { kind, note }));
    await t.insert(recordSources).values(sources);
    if (input.impact) await t.insert(impactAssessments).values(impactValues(input.impact, business, ctx));
    if (owner.isNew) {
      await recordAudit(t, ctx, {
        action: "registry.create-person",
        entityType: "person",
        entityId: owner.row.id,
        entityRegion: owner.row.regionCode,
        after: { ...owner.row, nik: maskIdentity(owner.row.nik), noKk: maskIdentity(owner.row.noKk) },
      });
    }
    await auditDecision(t, ctx, owner);
    await askReview(t, ctx, owner, business.id);
    await recordAudit(t, ctx, {
      action: "registry.create-business",
      entityType: "business",
      entityId: business.id,
      entityRegion: business.regionCode,
      after: { ...business, impact: input.impact ?? null },
    });
    if (jobs)
      await queueNewRecords(t, jobs, ctx, { regionCode: business.regionCode, businessIds: [business.id] });
    return { kind: "created", page: await loadBusinessPage(t, business.id, false) };
  });
}
