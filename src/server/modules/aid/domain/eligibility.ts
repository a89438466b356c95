// Eligibility of one recipient under a programme's rules. Facts the register does not hold are
// "unknown" (the proposer attests them, as BPUM asked), never a silent pass or an automatic refusal.
import type { OccupationClass } from "./occupation";
import { type EligibilityRule, makeProblem, type Problem, type Text } from "./problems";
import type { EligibilityRules } from "./rules";

export type NikFact = { readonly kind: "valid" } | { readonly kind: "invalid"; readonly code: string };
export type SizeFact =
  | { readonly kind: "classified"; readonly sizeClass: string; readonly rule: string }
  | { readonly kind: "unknown"; readonly rule: string };

export type RecipientFacts = {
  readonly nik: NikFact;
  readonly nikEqualsKk: boolean;
  readonly size: SizeFact;
  readonly affected: boolean | null;
  readonly sector: string | null;
  readonly occupation: OccupationClass | null;
};

export type CheckState = "pass" | "fail" | "unknown" | "not_applicable";
export type EligibilityCheck = {
  readonly rule: EligibilityRule;
  readonly state: CheckState;
  readonly value: string | null;
};

const NIK_REASONS: Record<string, Text> = {
  NIK_DATE: { id: "tanggal lahir di NIK mustahil", en: "the birth date in the NIK is impossible" },
  NIK_LENGTH: { id: "NIK tidak 16 digit", en: "the NIK does not have 16 digits" },
  NIK_CHARS: { id: "NIK memuat huruf atau tanda", en: "the NIK contains letters or symbols" },
  NIK_PROVINCE: { id: "kode provinsi NIK tidak dikenal", en: "the NIK's province code is unknown" },
  NIK_SERIAL: { id: "nomor urut NIK 0000", en: "the NIK's serial is 0000" },
  NIK_MISSING: { id: "NIK kosong", en: "the NIK is missing" },
  NIK_PRECISION_LOSS: {
    id: "NIK rusak (ditulis sebagai angka)",
    en: "the NIK was damaged (stored as a number)",
  },
  NIK_EQUALS_KK: { id: "NIK sama dengan No. KK", en: "the NIK equals the family card number" },
};

function nikCheck(rules: EligibilityRules, facts: RecipientFacts): EligibilityCheck {
  if (!rules.requireValidNik) return { rule: "valid_nik", state: "not_applicable", value: null };
  if (facts.nik.kind === "invalid") return { rule: "valid_nik", state: "fail", value: facts.nik.code };
  if (facts.nikEqualsKk) return { rule: "valid_nik", state: "fail", value: "NIK_EQUALS_KK" };
  return { rule: "valid_nik", state: "pass", value: null };
}

function sizeCheck(rules: EligibilityRules, facts: RecipientFacts): EligibilityCheck {
  if (rules.sizeClasses.length === 0) return { rule: "size_class", state: "not_applicable", value: null };
  if (facts.size.kind === "unknown") return { rule: "size_class", state: "unknown", value: facts.size.rule };
  const ok = rules.sizeClasses.includes(facts.size.sizeClass);
  return {
    rule: "size_class",
    state: ok ? "pass" : "fail",
    value: `${facts.size.sizeClass} (${facts.size.rule})`,
  };
}

function affectedCheck(rules: EligibilityRules, facts: RecipientFacts): EligibilityCheck {
  if (!rules.requireAffected) return { rule: "affected", state: "not_applicable", value: null };
  if (facts.affected === null) return { rule: "affected", state: "unknown", value: null };
  return { rule: "affected", state: facts.affected ? "pass" : "fail", value: String(facts.affected) };
}

function sectorCheck(rules: EligibilityRules, facts: RecipientFacts): EligibilityCheck {
  if (rules.sectors.length === 0) return { rule: "sector", state: "not_applicable", value: null };
  if (!facts.sector) return { rule: "sector", state: "unknown", value: null };
  return {
    rule: "sector",
    state: rules.sectors.includes(facts.sector) ? "pass" : "fail",
    value: facts.sector,
  };
}

function occupationCheck(rules: EligibilityRules, facts: RecipientFacts): EligibilityCheck {
  if (rules.excludedOccupations.length === 0)
    return { rule: "occupation", state: "not_applicable", value: null };
  if (facts.occupation === null) return { rule: "occupation", state: "unknown", value: null };
  const barred = facts.occupation !== "other" && rules.excludedOccupations.includes(facts.occupation);
  return { rule: "occupation", state: barred ? "fail" : "pass", value: facts.occupation };
}

function expected(rule: EligibilityRule, rules: EligibilityRules): string {
  switch (rule) {
    case "valid_nik":
      return "valid";
    case "size_class":
      return rules.sizeClasses.join("|");
    case "affected":
      return "true";
    case "sector":
      return rules.sectors.join("|");
    case "occupation":
      return `not ${rules.excludedOccupations.join("|")}`;
  }
}

function failText(check: EligibilityCheck, rules: EligibilityRules): Text {
  const v = check.value ?? "";
  switch (check.rule) {
    case "valid_nik": {
      const why = NIK_REASONS[v] ?? { id: v, en: v };
      return { id: `Tidak memenuhi syarat: ${why.id}.`, en: `Not eligible: ${why.en}.` };
    }
    case "size_class":
      return {
        id: `Tidak memenuhi syarat: kelas usaha ${v}, program meminta ${rules.sizeClasses.join("/")}.`,
        en: `Not eligible: business size ${v}, the programme requires ${rules.sizeClasses.join("/")}.`,
      };
    case "affected":
      return {
        id: "Tidak memenuhi syarat: usaha tidak tercatat terdampak.",
        en: "Not eligible: the business is not recorded as affected.",
      };
    case "sector":
      return {
        id: `Tidak memenuhi syarat: bidang usaha ${v} tidak termasuk program.`,
        en: `Not eligible: sector ${v} is outside the programme.`,
      };
    case "occupation":
      return {
        id: `Tidak memenuhi syarat: pekerjaan ${v.toUpperCase()} dikecualikan.`,
        en: `Not eligible: occupation ${v.toUpperCase()} is excluded.`,
      };
  }
}

/** Every rule's verdict, plus one AID_NOT_ELIGIBLE problem per failed rule. */
export function checkEligibility(
  rules: EligibilityRules,
  facts: RecipientFacts,
): { checks: EligibilityCheck[]; problems: Problem[] } {
  const checks = [nikCheck, sizeCheck, affectedCheck, sectorCheck, occupationCheck].map((f) =>
    f(rules, facts),
  );
  const problems = checks
    .filter((c) => c.state === "fail")
    .map((c) =>
      makeProblem("AID_NOT_ELIGIBLE", failText(c, rules), {
        kind: "rule",
        rule: c.rule,
        value: c.value,
        expected: expected(c.rule, rules),
      }),
    );
  return { checks, problems };
}
