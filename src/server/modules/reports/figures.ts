// Every figure of the summary by name, each read from the module that owns the fact through its
// public read function: one definition per figure, used by every screen and export.
import type { Ctx } from "../access";
import { countApprovedRecipients, countPaidRecipients, countProposedRecipients } from "../aid";
import { countPrakerjaRegistered } from "../linkage";
import { countDemandUnits, countSoldUnits, countSupplyUnits, countUnservedOrders } from "../market";
import { countAffectedBusinesses, countOpenConstraints, countRegisteredBusinesses } from "../registry";
import { countHeldTrainings, countPostponedTrainings, countPrakerjaPassed } from "../training";

export type FigureInput = { ctx: Ctx; region: string };
export type Figure = (input: FigureInput) => Promise<number>;

export const FIGURES = {
  businesses: countRegisteredBusinesses,
  affected: countAffectedBusinesses,
  constraintsOpen: countOpenConstraints,
  aidProposed: countProposedRecipients,
  aidApproved: countApprovedRecipients,
  aidPaid: countPaidRecipients,
  marketSupply: countSupplyUnits,
  marketDemand: countDemandUnits,
  marketSold: countSoldUnits,
  marketUnserved: countUnservedOrders,
  trainingHeld: countHeldTrainings,
  trainingPostponed: countPostponedTrainings,
  prakerjaRegistered: countPrakerjaRegistered,
  prakerjaPassed: countPrakerjaPassed,
} as const satisfies Record<string, Figure>;

export type FigureName = keyof typeof FIGURES;

/** All figures for one region, read one after another (each in its own short scoped transaction). */
export async function readFigures(input: FigureInput): Promise<Record<FigureName, number>> {
  const out = {} as Record<FigureName, number>;
  for (const name of Object.keys(FIGURES) as FigureName[]) out[name] = await FIGURES[name](input);
  return out;
}
