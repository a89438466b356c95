// Duplicate and household problems from the records a repository found for one candidate. Exact
// identifiers give weight 1; the same address with a similar business name is a fuzzy match whose
// weight is shown, never acted on without a person.
import { nameSimilarity } from "./name-compare";
import { type MatchScope, makeProblem, type OtherRecord, type Problem } from "./problems";

export type Candidate = {
  readonly itemId: string | null;
  readonly proposalId: string;
  readonly nik: string;
  /** False for an invalid or placeholder NIK ("0000000000000000"): it identifies nobody, so it matches nobody. */
  readonly nikUsable: boolean;
  readonly noKk: string | null;
  readonly addressKey: string | null;
  readonly businessName: string | null;
};

/** A record of the same programme (or of a programme excluding it) that shares something with the candidate. */
export type Hit = {
  readonly other: OtherRecord;
  readonly nik: string;
  readonly noKk: string | null;
  readonly addressKey: string | null;
  /** Whether the hit belongs to the candidate's programme or to an exclusive one. */
  readonly relation: "same_programme" | "exclusive_programme";
};

export type OutsideHit = {
  readonly list: string;
  readonly recordId: string;
  readonly name: string;
  readonly weight: number;
  readonly matchedOn: readonly string[];
};

/** Evidence beyond this many other records per recipient adds nothing a person can check. */
export const MAX_RECORDS_PER_ITEM = 20;

/** A 16-digit identifier that is not a placeholder such as all zeros or one digit repeated. */
export function isUsableIdentifier(value: string | null): value is string {
  return value !== null && /^\d{16}$/.test(value) && !/^(\d)\1{15}$/.test(value);
}

/** Same address alone is common (boarding houses, markets); a similar business name makes it a likely couple. */
export const HOUSEHOLD_FLAG_WEIGHT = 0.85;

function scopeOf(c: Candidate, hit: Hit): MatchScope {
  if (hit.relation === "exclusive_programme") return "exclusive_programme";
  return hit.other.proposalId === c.proposalId ? "same_proposal" : "other_proposal";
}

function duplicateProblem(c: Candidate, hit: Hit): Problem {
  const scope = scopeOf(c, hit);
  const where =
    scope === "same_proposal"
      ? { id: "dalam usulan ini", en: "in this proposal" }
      : {
          id: `dalam usulan ${hit.other.proposalNumber} (${hit.other.proposerName})`,
          en: `in proposal ${hit.other.proposalNumber} (${hit.other.proposerName})`,
        };
  return makeProblem(
    "AID_DUPLICATE_RECIPIENT",
    { id: `NIK yang sama sudah diusulkan ${where.id}.`, en: `The same NIK is already proposed ${where.en}.` },
    { kind: "record", scope, other: hit.other, weight: 1, matchedOn: ["nik"] },
  );
}

function exclusionProblem(hit: Hit): Problem {
  return makeProblem(
    "AID_EXCLUDED_BY_PROGRAMME",
    {
      id: `Sudah disetujui dalam program ${hit.other.programmeName}, yang tidak boleh diterima bersamaan.`,
      en: `Already approved in programme ${hit.other.programmeName}, which cannot be received together with this one.`,
    },
    { kind: "record", scope: "exclusive_programme", other: hit.other, weight: 1, matchedOn: ["nik"] },
  );
}

const MATCH_WORDS: Record<string, { id: string; en: string }> = {
  no_kk: { id: "No. KK sama", en: "same family card" },
  address: { id: "alamat sama", en: "same address" },
  business_name: { id: "nama usaha mirip", en: "similar business name" },
};

function via(matchedOn: readonly string[], lang: "id" | "en"): string {
  return matchedOn.map((m) => MATCH_WORDS[m]?.[lang] ?? m).join(", ");
}

function householdProblem(c: Candidate, hit: Hit, weight: number, matchedOn: string[]): Problem {
  return makeProblem(
    "AID_SAME_HOUSEHOLD",
    {
      id: `Satu rumah tangga dengan ${hit.other.name} (${via(matchedOn, "id")}) dalam usulan ${hit.other.proposalNumber}; program hanya untuk satu usaha per rumah tangga.`,
      en: `Same household as ${hit.other.name} (${via(matchedOn, "en")}) in proposal ${hit.other.proposalNumber}; the programme allows one business per household.`,
    },
    { kind: "record", scope: scopeOf(c, hit), other: hit.other, weight, matchedOn },
  );
}

function householdMatch(c: Candidate, hit: Hit): { weight: number; matchedOn: string[] } | null {
  if (isUsableIdentifier(c.noKk) && c.noKk === hit.noKk) return { weight: 1, matchedOn: ["no_kk"] };
  if (!c.addressKey || c.addressKey !== hit.addressKey) return null;
  const similar =
    c.businessName && hit.other.businessName ? nameSimilarity(c.businessName, hit.other.businessName) : 0;
  const weight = Math.round((0.5 + 0.5 * similar) * 1000) / 1000;
  return weight >= HOUSEHOLD_FLAG_WEIGHT ? { weight, matchedOn: ["address", "business_name"] } : null;
}

/** Problems for one candidate; `oneBusinessPerHousehold` turns household matches on. */
export function duplicateProblems(input: {
  candidate: Candidate;
  hits: readonly Hit[];
  outside: readonly OutsideHit[];
  oneBusinessPerHousehold: boolean;
}): Problem[] {
  const { candidate: c } = input;
  const out: Problem[] = [];
  const seen = new Set<string>();
  for (const hit of input.hits) {
    if (out.length >= MAX_RECORDS_PER_ITEM) break;
    if (hit.other.itemId === c.itemId || seen.has(hit.other.itemId)) continue;
    if (c.nikUsable && hit.nik === c.nik) {
      seen.add(hit.other.itemId);
      out.push(hit.relation === "exclusive_programme" ? exclusionProblem(hit) : duplicateProblem(c, hit));
      continue;
    }
    if (hit.relation !== "same_programme" || !input.oneBusinessPerHousehold) continue;
    const m = householdMatch(c, hit);
    if (!m) continue;
    seen.add(hit.other.itemId);
    out.push(householdProblem(c, hit, m.weight, m.matchedOn));
  }
  for (const o of input.outside.slice(0, MAX_RECORDS_PER_ITEM)) {
    out.push(
      makeProblem(
        "AID_ON_OUTSIDE_LIST",
        {
          id: `Tercatat di daftar ${o.list} sebagai ${o.name} (bobot ${o.weight}); periksa sebelum diusulkan.`,
          en: `Listed on ${o.list} as ${o.name} (weight ${o.weight}); check before proposing.`,
        },
        {
          kind: "outside_list",
          list: o.list,
          recordId: o.recordId,
          name: o.name,
          weight: o.weight,
          matchedOn: o.matchedOn,
        },
      ),
    );
  }
  return out;
}
