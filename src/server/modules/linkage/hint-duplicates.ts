// Duplicate hint while a record is typed: the typed (partial) record's blocking keys are computed on
// the fly, persons sharing a key (GIN on match_keys) or the exact NIK / phone are fetched, scored
// with the default model, and the best few come back with the fields that agreed.
import { performance } from "node:perf_hooks";
import { type Ctx, requirePermission, tx } from "../access";
import { findHintCandidateIds, type HintPersonRow, readHintPersons } from "../registry";
import type { HintBody, HintCandidate, HintResponse } from "./contract";
import { preparedBlockingKeys } from "./domain/blocking-keys";
import { defaultModel } from "./domain/default-model";
import { explainPrepared } from "./domain/explain";
import { cleanNik } from "./domain/nik";
import { normalisePhone } from "./domain/phone";
import { prepareRecord } from "./domain/prepare";
import { compileScorer, type Scorer } from "./domain/scorer";
import type { LinkRecord } from "./domain/types";
import { round, toContributions } from "./present";
import { personToLinkRecord } from "./records";
import { maskIdentity } from "./vocab";

/** Most persons fetched per hint; blocks are small, so this only bounds pathological input. */
const MAX_CANDIDATES = 300;

let scorer: Scorer | null = null;
const defaultScorer = (): Scorer => {
  scorer ??= compileScorer(defaultModel());
  return scorer;
};

export function hintRecord(input: HintBody): LinkRecord {
  return {
    id: "__typed__",
    nationalId: input.nik ?? "",
    familyId: input.noKk ?? "",
    fullName: input.name ?? "",
    sex: input.sex ?? "",
    birthPlace: input.birthPlace ?? "",
    birthDate: input.birthDate ?? "",
    address: input.street ?? "",
    rt: input.rt ?? "",
    rw: input.rw ?? "",
    regionCode: input.regionCode ?? "",
    phone: input.phone ?? "",
  };
}

function toCandidate(row: HintPersonRow, e: ReturnType<typeof explainPrepared>): HintCandidate | null {
  if (e.decision === "nonMatch") return null;
  return {
    personId: row.personId,
    name: row.name,
    nikMasked: maskIdentity(row.nik),
    sex: row.sex,
    birthDate: row.birthDate,
    phone: row.phone,
    regionCode: row.regionCode,
    villageCode: row.villageCode,
    businesses: row.businesses,
    weight: round(e.weight),
    probability: round(e.probability, 4),
    decision: e.decision,
    reasons: toContributions(e)
      .filter((c) => c.weight > 0)
      .sort((a, b) => b.weight - a.weight),
  };
}

export async function hintDuplicates({ ctx, input }: { ctx: Ctx; input: HintBody }): Promise<HintResponse> {
  requirePermission(ctx, "linkage.hint");
  const started = performance.now();
  const typed = prepareRecord(hintRecord(input));
  const keys = preparedBlockingKeys(typed);
  const nik = input.nik ? cleanNik(input.nik) : "";
  const phone = input.phone ? normalisePhone(input.phone) : "";
  const ids = await findHintCandidateIds(ctx.db.db, {
    keys,
    nik: /^\d{16}$/.test(nik) ? nik : null,
    phone: phone === "" ? null : phone,
    prefix: ctx.actor.scope,
    limit: MAX_CANDIDATES,
  });
  const rows = await tx(ctx, (t) => readHintPersons(t, ids));
  const exclude = new Set(input.excludePersonIds ?? []);
  const s = defaultScorer();
  const candidates = rows
    .filter((r) => !exclude.has(r.personId))
    .map((r) =>
      toCandidate(r, explainPrepared(s, typed, prepareRecord(personToLinkRecord({ ...r, id: r.personId })))),
    )
    .filter((c): c is HintCandidate => c !== null)
    .sort((a, b) => b.weight - a.weight)
    .slice(0, input.limit ?? 5);
  return { candidates, examined: rows.length, tookMs: round(performance.now() - started, 1) };
}
