// The duplicate gate of a new business's owner (form, offline sync, API): a registered person with
// the same valid NIK, or one the linkage engine scores as a match, stops the save with 409
// LIKELY_DUPLICATE and the candidates, unless the caller decided: the same person (the business is
// added to that owner) or a new person (with a reason, kept with the record and audited). One valid
// NIK is one person: a registered NIK admits only "the same person" (or a corrected NIK); a new
// person is for candidates matched on name, birth date and village under another NIK or none.
import { sql } from "drizzle-orm";
import type { Tx } from "../../../platform/db/pool";
import { AppError, notFound } from "../../../platform/errors";
import type { Ctx } from "../../access";
import type { CreateBusinessBody } from "../contract-register";
import { checkNikDigits } from "../domain";
import type { CleanPerson } from "../domain/form-checks";
import { registryError } from "../errors";
import { findPersonRow, findPersonsByNik, type PersonRow } from "../register/repository";
import { type OwnerCandidate, type OwnerFields, ownerMatcher } from "./owner-matching";

export type GateCandidate = { businessId: string | null; personId: string; score: number; reasons: string[] };

export type GateOutcome =
  | { kind: "existing"; row: PersonRow }
  | { kind: "new"; reason: string | null; candidates: GateCandidate[]; notSure?: string };

export function ownerFields(input: CreateBusinessBody, clean: CleanPerson | null): OwnerFields | null {
  const o = input.owner;
  if (!o) return null;
  return {
    nik: clean?.nik ?? o.nik ?? null,
    noKk: clean?.noKk ?? o.noKk ?? null,
    name: clean?.name ?? o.name,
    sex: o.sex ?? null,
    birthPlace: o.birthPlace ?? null,
    birthDate: o.birthDate ?? null,
    phone: clean?.phone ?? null,
    street: o.street ?? null,
    rt: clean?.rt ?? null,
    rw: clean?.rw ?? null,
    villageCode: o.villageCode ?? input.business.regionCode,
  };
}

export async function firstBusinesses(t: Tx, personIds: string[]): Promise<Map<string, string>> {
  if (personIds.length === 0) return new Map();
  const res = await t.execute<{ owner_id: string; id: string }>(sql`
    select distinct on (owner_id) owner_id, id from registry.businesses
    where owner_id = any(${sql.param(personIds)}::uuid[]) and status <> 'merged' order by owner_id, created_at, id`);
  return new Map(res.rows.map((r) => [r.owner_id, r.id]));
}

/**
 * A probable match strong enough to stop a save: the engine's "match" with the name, the birth date
 * and the village or phone agreeing (a shared phone and birth date alone are a household, not a person).
 */
function isStrong(c: OwnerCandidate): boolean {
  const agreed = new Set(c.reasons);
  return (
    c.decision === "match" &&
    agreed.has("name") &&
    agreed.has("birthDate") &&
    (agreed.has("region") || agreed.has("phone"))
  );
}

/** The registered persons under this NIK when it is valid (an invalid NIK identifies no one). */
function personsWithNik(t: Tx, nik: string | null): Promise<PersonRow[]> {
  return nik && checkNikDigits(nik).kind === "valid" ? findPersonsByNik(t, nik) : Promise.resolve([]);
}

/** Same valid NIK (registry's own check), then the engine's strong candidates. */
export async function ownerCandidates(t: Tx, ctx: Ctx, owner: OwnerFields, regionCode: string) {
  const found = new Map<string, GateCandidate>();
  for (const p of await personsWithNik(t, owner.nik))
    found.set(p.id, { personId: p.id, businessId: null, score: 1, reasons: ["nik"] });
  const m = ownerMatcher();
  if (m)
    for (const c of await m.candidates(ctx, { ...owner, regionCode }))
      if (isStrong(c) && !found.has(c.personId))
        found.set(c.personId, { personId: c.personId, businessId: null, score: c.score, reasons: c.reasons });
  const list = [...found.values()].sort((a, b) => b.score - a.score).slice(0, 5);
  const businesses = await firstBusinesses(
    t,
    list.map((c) => c.personId),
  );
  return list.map((c) => ({ ...c, businessId: businesses.get(c.personId) ?? null }));
}

export async function passGate(
  t: Tx,
  ctx: Ctx,
  input: CreateBusinessBody,
  clean: CleanPerson | null,
): Promise<GateOutcome> {
  const decision = input.duplicateDecision;
  if (decision?.kind === "same_person") {
    const row = await findPersonRow(t, decision.personId);
    if (!row) throw notFound();
    return { kind: "existing", row };
  }
  const owner = ownerFields(input, clean);
  if (!owner) throw new AppError("VALIDATION");
  // Two saves of one new NIK at once (two devices syncing, two clerks): the second waits here until
  // the first commits, then finds the NIK registered and is asked, instead of adding a second person.
  if (owner.nik && checkNikDigits(owner.nik).kind === "valid")
    await t.execute(sql`select pg_advisory_xact_lock(hashtextextended(${owner.nik}, 7204))`);
  const candidates = await ownerCandidates(t, ctx, owner, input.business.regionCode);
  // "Not the same" and "not sure" both save a new person: never a second one under a registered NIK.
  if (decision) {
    const registered = new Set((await personsWithNik(t, owner.nik)).map((p) => p.id));
    const sameNik = candidates.filter((c) => registered.has(c.personId));
    if (registered.size > 0)
      throw registryError("NIK_ALREADY_REGISTERED", { details: { candidates: sameNik } });
  }
  if (decision?.kind === "new_person") return { kind: "new", reason: decision.reason, candidates };
  // "Not sure": a new person for now; the pair stays on the record (audit, source note) for review.
  if (decision?.kind === "not_sure")
    return { kind: "new", reason: null, candidates, notSure: decision.personId };
  if (candidates.length > 0) throw registryError("LIKELY_DUPLICATE", { details: { candidates } });
  return { kind: "new", reason: null, candidates };
}
