// Duplicate hint while a record is typed: the typed (partial) record's blocking keys are computed on
// the fly, persons sharing a key (GIN on match_keys) or the exact NIK / phone are fetched, scored
// with the default model, and the best few come back with the fields that agreed.
import { performance } from "node:perf_hooks";
import { maskIdentity } from "../../../../shared/mask";
import { phoneForMatching } from "../../../../shared/phone";
import { type Ctx, tx } from "../../access";
import {
  findHintCandidateIds,
  type HintPerson,
  readHintPersons,
  readPersonsBusinesses,
} from "../../registry";
import type { HintBody, HintCandidate, HintResponse } from "../contract";
import { personToLinkRecord } from "../dedup/records";
import { preparedBlockingKeys } from "../domain/blocking-keys";
import { defaultModel } from "../domain/default-model";
import { explainPrepared } from "../domain/explain";
import { cleanNik, parseNik } from "../domain/nik";
import { prepareRecord } from "../domain/prepare";
import { compileScorer, type Scorer } from "../domain/scorer";
import type { LinkRecord } from "../domain/types";
import { requirePermission } from "../permissions";
import { round, toContributions } from "../review/present";

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

function toCandidate(row: HintPerson, e: ReturnType<typeof explainPrepared>): HintCandidate | null {
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
    businesses: [],
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
  return findHintCandidates(ctx, input);
}

/** The candidate search itself (also the registry's duplicate gate, through its OwnerMatcher port). */
export async function findHintCandidates(ctx: Ctx, input: HintBody): Promise<HintResponse> {
  const started = performance.now();
  const typed = prepareRecord(hintRecord(input));
  const keys = preparedBlockingKeys(typed);
  const nik = input.nik ? cleanNik(input.nik) : "";
  const phone = input.phone ? phoneForMatching(input.phone) : "";
  const ids = await findHintCandidateIds(ctx.db.db, {
    keys,
    // Only a structurally valid NIK is looked up exactly ("0000000000000000" is typed far too often).
    nik: parseNik(nik).isValid ? nik : null,
    phone: phone === "" ? null : phone,
    prefix: ctx.actor.scope,
    limit: MAX_CANDIDATES,
  });
  const exclude = new Set(input.excludePersonIds ?? []);
  const s = defaultScorer();
  const { examined, candidates } = await tx(ctx, async (t) => {
    const rows = await readHintPersons(t, ids);
    const top = rows
      .filter((r) => !exclude.has(r.personId))
      .map((r) =>
        toCandidate(
          r,
          explainPrepared(s, typed, prepareRecord(personToLinkRecord({ ...r, id: r.personId }))),
        ),
      )
      .filter((c): c is HintCandidate => c !== null)
      .sort((a, b) => b.weight - a.weight)
      .slice(0, input.limit ?? 5);
    // Business names only for what is shown: reading them for every candidate cost more than scoring.
    const businesses = await readPersonsBusinesses(
      t,
      top.map((c) => c.personId),
    );
    return {
      examined: rows.length,
      candidates: top.map((c) => ({ ...c, businesses: businesses.get(c.personId) ?? [] })),
    };
  });
  return { candidates, examined, tookMs: round(performance.now() - started, 1) };
}
