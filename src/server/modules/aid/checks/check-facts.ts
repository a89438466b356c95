// Facts for eligibility: the register's business (size by the rule in force on the programme's
// date, affected, sector) or, for a recipient not in the register, what the proposer declared.
import { checkNik } from "../../../../shared/nik";
import { type BusinessFacts, classifyBusinessSize } from "../../registry";
import { classifyOccupation, type RecipientFacts, type SizeFact } from "../domain";
import type { CheckableItem, ProgrammeRow } from "../repository";

function sizeFact(
  date: string,
  money: { assets: number | null; annualTurnover: number | null },
  stored: BusinessFacts | undefined,
): SizeFact {
  const res = classifyBusinessSize({ date, assets: money.assets, annualSales: money.annualTurnover });
  if (res.kind === "classified") return { kind: "classified", sizeClass: res.sizeClass, rule: res.rule };
  // the register may hold a class without the amounts (attested by the office) under the same rule
  if (stored?.sizeClass && stored.sizeRule === res.rule)
    return { kind: "classified", sizeClass: stored.sizeClass, rule: res.rule };
  return { kind: "unknown", rule: res.rule };
}

export function factsFor(
  item: CheckableItem,
  programme: ProgrammeRow,
  business: BusinessFacts | undefined,
): RecipientFacts {
  const nik = checkNik(item.nik);
  const date = programme.rules.sizeDate ?? programme.periodStart;
  const money = business
    ? { assets: business.assets, annualTurnover: business.annualTurnover }
    : { assets: item.declared?.assets ?? null, annualTurnover: item.declared?.annualTurnover ?? null };
  return {
    nik: nik.kind === "valid" ? { kind: "valid" } : { kind: "invalid", code: nik.code },
    nikEqualsKk: item.noKk !== null && item.noKk === item.nik,
    size: sizeFact(date, money, business),
    affected: business?.affected ?? item.declared?.affected ?? null,
    sector: business?.sector ?? item.sector,
    occupation: classifyOccupation(item.occupation),
  };
}
