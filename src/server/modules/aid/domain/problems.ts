// What a check finds wrong with a proposed recipient. A problem never removes anyone by itself
// (UU PDP: no automatic exclusion on a fuzzy match): it carries the evidence a person needs to decide,
// and it blocks submission until the item is removed or the problem is justified in writing.

export type Text = { readonly id: string; readonly en: string };

export const PROBLEM_CODES = [
  "AID_NOT_ELIGIBLE",
  "AID_DUPLICATE_RECIPIENT",
  "AID_EXCLUDED_BY_PROGRAMME",
  "AID_ON_OUTSIDE_LIST",
  "AID_SAME_HOUSEHOLD",
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

export const ELIGIBILITY_RULES = ["valid_nik", "size_class", "affected", "sector", "occupation"] as const;
export type EligibilityRule = (typeof ELIGIBILITY_RULES)[number];

/** Where the other record of a duplicate lies. */
export type MatchScope = "same_proposal" | "other_proposal" | "exclusive_programme";

/** The other record, shown to the human who decides (NIK and No. KK masked). */
export type OtherRecord = {
  readonly itemId: string;
  readonly proposalId: string;
  readonly proposalNumber: string;
  readonly proposerName: string;
  readonly regionCode: string;
  readonly programmeId: string;
  readonly programmeName: string;
  readonly proposalStatus: string;
  readonly name: string;
  readonly nikMasked: string;
  readonly noKkMasked: string | null;
  readonly address: string | null;
  readonly businessName: string | null;
};

export type Evidence =
  | {
      readonly kind: "rule";
      readonly rule: EligibilityRule;
      readonly value: string | null;
      readonly expected: string;
    }
  | {
      readonly kind: "record";
      readonly scope: MatchScope;
      readonly other: OtherRecord;
      /** 1 for an exact identifier; below 1 for a fuzzy match a human must confirm. */
      readonly weight: number;
      readonly matchedOn: readonly string[];
    }
  | {
      readonly kind: "outside_list";
      readonly list: string;
      readonly recordId: string;
      readonly name: string;
      readonly weight: number;
      readonly matchedOn: readonly string[];
    };

export type Justification = { readonly text: string; readonly by: string; readonly at: string };

export type Problem = {
  /** Stable across re-checks, so a written justification survives a re-run. */
  readonly key: string;
  readonly code: ProblemCode;
  readonly text: Text;
  readonly evidence: Evidence;
  readonly justification: Justification | null;
};

export function problemKey(code: ProblemCode, evidence: Evidence): string {
  switch (evidence.kind) {
    case "rule":
      return `${code}:${evidence.rule}`;
    case "record":
      return `${code}:${evidence.scope}:${evidence.other.itemId}`;
    case "outside_list":
      return `${code}:${evidence.list}:${evidence.recordId}`;
  }
}

export function makeProblem(code: ProblemCode, text: Text, evidence: Evidence): Problem {
  return { key: problemKey(code, evidence), code, text, evidence, justification: null };
}

/** Carries written justifications over from an earlier check run to the same problems found again. */
export function keepJustifications(fresh: readonly Problem[], earlier: readonly Problem[]): Problem[] {
  const byKey = new Map(earlier.map((p) => [p.key, p.justification]));
  return fresh.map((p) => ({ ...p, justification: byKey.get(p.key) ?? null }));
}

export function isOpen(problem: Problem): boolean {
  return problem.justification === null;
}

export function openCount(problems: readonly Problem[]): number {
  return problems.filter(isOpen).length;
}
