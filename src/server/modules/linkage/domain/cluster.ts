// Entities as clusters of matching records. Edges are joined strongest first; a join that would
// put two conflicting NIKs into one entity is refused, which stops chains such as A~B~C from
// merging two people through a record that resembles both. (Birth dates are not a guard: a
// replaced birth date is a common entry error, and the household guard already covers families.)
import { householdGuard, niksConflict } from "./guards";
import { nikEditDistance } from "./nik";
import type { Prepared } from "./types";

export type Edge = { i: number; j: number; weight: number };

export type Clustering = {
  /** Representative record index per record. */
  root: Int32Array;
  /** Edges (by index in the input) refused because two valid NIKs would meet: for review. */
  refused: number[];
  /**
   * Edges refused because members of one household would meet: non-matches by the household
   * rule, as the direct pair of those members is.
   */
  householdRefused: number[];
};

type Evidence = { niks: string[]; familyIds: string[]; members: number[] };

const MAX_EVIDENCE = 8;

// A "NIK" within two errors of a family-card number of the entity is that number typed in the
// wrong column, not a second person's NIK.
function isFamilyNumber(nik: string, x: Evidence, y: Evidence): boolean {
  for (const k of x.familyIds) if (nikEditDistance(nik, k) <= 2) return true;
  for (const k of y.familyIds) if (nikEditDistance(nik, k) <= 2) return true;
  return false;
}

/**
 * Whether joining two clusters would put two members of one household into one entity (a record
 * with no birth date and no NIK resembles both a father and his son of the same name).
 */
function householdsMeet(records: readonly Prepared[], x: Evidence, y: Evidence): boolean {
  for (const i of x.members) {
    for (const j of y.members) {
      const a = records[i];
      const b = records[j];
      if (a && b && householdGuard(a, b) !== null) return true;
    }
  }
  return false;
}

function niksMeet(x: Evidence, y: Evidence): boolean {
  for (const a of x.niks) {
    for (const b of y.niks) {
      if (niksConflict(a, b) && !isFamilyNumber(a, x, y) && !isFamilyNumber(b, x, y)) return true;
    }
  }
  return false;
}

/** One valid NIK on both records of the edge: one person, whoever else their clusters hold. */
function sameValidNik(a: Prepared | undefined, b: Prepared | undefined): boolean {
  return (
    a?.fast.nikValid === true &&
    b?.fast.nikValid === true &&
    a.fast.nikHi === b.fast.nikHi &&
    a.fast.nikLo === b.fast.nikLo
  );
}

function mergeInto(into: Evidence, from: Evidence): void {
  for (const n of from.niks) if (into.niks.length < MAX_EVIDENCE && !into.niks.includes(n)) into.niks.push(n);
  for (const m of from.members) if (into.members.length < MAX_EVIDENCE) into.members.push(m);
  for (const k of from.familyIds) {
    if (into.familyIds.length < MAX_EVIDENCE && !into.familyIds.includes(k)) into.familyIds.push(k);
  }
}

export function clusterRecords(records: readonly Prepared[], edges: readonly Edge[]): Clustering {
  const n = records.length;
  const parent = new Int32Array(n);
  for (let i = 0; i < n; i++) parent[i] = i;
  const evidence = new Map<number, Evidence>();
  const find = (x: number): number => {
    let r = x;
    while (parent[r] !== r) r = parent[r] ?? r;
    let c = x;
    while (parent[c] !== r) {
      const next = parent[c] ?? r;
      parent[c] = r;
      c = next;
    }
    return r;
  };
  const evidenceOf = (root: number): Evidence => {
    const found = evidence.get(root);
    if (found) return found;
    const r = records[root];
    const e: Evidence = {
      niks: r?.nik?.isValid ? [r.nik.digits] : [],
      familyIds: r && r.familyId !== "" ? [r.familyId] : [],
      members: [root],
    };
    evidence.set(root, e);
    return e;
  };
  const order = edges.map((_, k) => k).sort((x, y) => (edges[y]?.weight ?? 0) - (edges[x]?.weight ?? 0));
  const refused: number[] = [];
  const householdRefused: number[] = [];
  for (const k of order) {
    const e = edges[k];
    if (!e) continue;
    const ri = find(e.i);
    const rj = find(e.j);
    if (ri === rj) continue;
    const ei = evidenceOf(ri);
    const ej = evidenceOf(rj);
    if (niksMeet(ei, ej)) {
      refused.push(k);
      continue;
    }
    if (!sameValidNik(records[e.i], records[e.j]) && householdsMeet(records, ei, ej)) {
      householdRefused.push(k);
      continue;
    }
    const [big, small] = ri < rj ? [ri, rj] : [rj, ri];
    parent[small] = big;
    mergeInto(evidenceOf(big), evidenceOf(small));
    evidence.delete(small);
  }
  const root = new Int32Array(n);
  for (let i = 0; i < n; i++) root[i] = find(i);
  return { root, refused, householdRefused };
}
