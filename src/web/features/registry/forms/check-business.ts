// Checks of the business, its first impact assessment and the optional kendala.

import { parseRupiah } from "../../../../shared/money-parse";
import { parseNib } from "../../../../shared/nib";
import { normaliseRtRw } from "../../../../shared/rt-rw";
import { isVillage } from "./check-owner";
import type { BusinessDraft, ConstraintDraft, ImpactDraft } from "./field-draft";
import { error, type Problem, type Problems, warning } from "./problems";

/** A head count or capacity as typed ("12", "12 orang"); null when empty. */
export function readCount(value: string): number | null | Problem {
  const text = value.trim().replace(/\s*(orang|org|unit|pcs|buah|potong|porsi)\.?$/i, "");
  if (text === "") return null;
  const digits = text.replace(/\./g, "");
  if (!/^\d{1,7}$/.test(digits)) return error("countInvalid");
  return Number(digits);
}

/** Rupiah as typed ("Rp 1.500.000", "1,5 jt", "750 rb"); null when empty. */
export function readMoney(value: string): number | null | Problem {
  if (value.trim() === "") return null;
  const parsed = parseRupiah(value);
  if (!parsed.ok) return error(parsed.reason === "NOT_WHOLE_RUPIAH" ? "moneyFraction" : "moneyInvalid");
  if (parsed.value < 0) return error("moneyNegative");
  return parsed.value;
}

export const isProblem = (value: unknown): value is Problem =>
  typeof value === "object" && value !== null && "key" in value;

function countProblems(fields: Record<string, string>): Problems {
  const problems: Problems = {};
  for (const [path, value] of Object.entries(fields)) {
    const count = readCount(value);
    if (isProblem(count)) problems[path] = count;
  }
  return problems;
}

export function checkBusiness(business: BusinessDraft, options: { final: boolean }): Problems {
  const problems: Problems = countProblems({
    "business.dailyCapacity": business.dailyCapacity,
    "business.employees": business.employees,
  });
  if (business.nib.trim() !== "" && parseNib(business.nib) === null) {
    problems["business.nib"] = error("nibInvalid");
  }
  if (!business.atOwnerAddress) {
    if (business.rt.trim() !== "" && !normaliseRtRw(business.rt))
      problems["business.rt"] = error("rtRwInvalid");
    if (business.rw.trim() !== "" && !normaliseRtRw(business.rw))
      problems["business.rw"] = error("rtRwInvalid");
  }
  if (options.final) {
    if (business.name.trim() === "") problems["business.name"] = error("required");
    if (business.sector === "") problems["business.sector"] = error("required");
    if (!business.atOwnerAddress && !isVillage(business.regionCode))
      problems["business.regionCode"] = error("villageRequired");
  }
  return problems;
}

export function checkImpact(impact: ImpactDraft, options: { final: boolean }): Problems {
  const problems: Problems = countProblems({
    "impact.workersLaidOff": impact.workersLaidOff,
    "impact.workersSentHome": impact.workersSentHome,
  });
  const before = readMoney(impact.turnoverBefore);
  const after = readMoney(impact.turnoverAfter);
  if (isProblem(before)) problems["impact.turnoverBefore"] = before;
  if (isProblem(after)) problems["impact.turnoverAfter"] = after;
  if (
    typeof before === "number" &&
    typeof after === "number" &&
    impact.affected === "no" &&
    after < before / 2
  ) {
    problems["impact.affected"] = warning("turnoverHalved");
  }
  if (options.final && impact.affected === "") problems["impact.affected"] = error("required");
  return problems;
}

export function checkConstraint(constraint: ConstraintDraft, options: { final: boolean }): Problems {
  if (!constraint.enabled || !options.final) return {};
  const problems: Problems = {};
  if (constraint.type === "") problems["constraint.type"] = error("required");
  if (constraint.description.trim() === "") problems["constraint.description"] = error("required");
  return problems;
}
