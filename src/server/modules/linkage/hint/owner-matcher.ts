// The linkage engine behind the registry's duplicate gate (registry's OwnerMatcher port): the same
// candidate search and scoring as the typing hint, and the blocking keys stored on each person.
import type { OwnerFields, OwnerMatcher } from "../../registry";
import { personToLinkRecord } from "../dedup/records";
import { blockingKeys } from "../domain/blocking-keys";
import { findHintCandidates } from "./hint-duplicates";

const opt = (v: string | null): string | undefined => (v === null || v === "" ? undefined : v);

function hintInput(o: OwnerFields & { regionCode: string }) {
  return {
    nik: opt(o.nik),
    noKk: opt(o.noKk),
    name: opt(o.name),
    sex: o.sex ?? undefined,
    birthDate: opt(o.birthDate),
    birthPlace: opt(o.birthPlace),
    phone: opt(o.phone),
    regionCode: o.villageCode ?? o.regionCode,
    street: opt(o.street),
    rt: opt(o.rt),
    rw: opt(o.rw),
    limit: 5,
  };
}

export const linkageOwnerMatcher: OwnerMatcher = {
  async candidates(ctx, owner) {
    const out = await findHintCandidates(ctx, hintInput(owner));
    return out.candidates.map((c) => ({
      personId: c.personId,
      score: c.probability,
      decision: c.decision === "match" ? "match" : "possible",
      reasons: c.reasons.map((r) => r.field),
    }));
  },
  matchKeys(person) {
    return blockingKeys(
      personToLinkRecord({
        ...person,
        nik: person.nik ?? "",
      }),
    );
  },
};
