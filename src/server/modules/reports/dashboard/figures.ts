// Every figure of the summary by name, each read from the module that owns the fact through its
// public read function: one definition per figure, used by every screen and export.
import type { Grouped } from "../../../platform/db/grouped";
import type { Period } from "../../../platform/db/period";
import type { Tx } from "../../../platform/db/pool";
import type { Ctx } from "../../access";
import {
  countApprovedRecipients,
  countApprovedRecipientsByChild,
  countPaidRecipients,
  countPaidRecipientsByChild,
  countProposedRecipients,
  countProposedRecipientsByChild,
} from "../../aid";
import {
  countDemandUnits,
  countDemandUnitsByChild,
  countSoldUnits,
  countSoldUnitsByChild,
  countSupplyUnits,
  countSupplyUnitsByChild,
  countUnservedOrders,
  countUnservedOrdersByChild,
} from "../../market";
import {
  countAffectedBusinesses,
  countAffectedBusinessesByChild,
  countOpenConstraints,
  countOpenConstraintsByChild,
  countOpenedConstraints,
  countOpenedConstraintsByChild,
  countRegisteredBusinesses,
  countRegisteredBusinessesByChild,
} from "../../registry";
import {
  countHeldTrainings,
  countHeldTrainingsByChild,
  countPostponedTrainings,
  countPostponedTrainingsByChild,
  countPrakerjaPassed,
  countPrakerjaPassedByChild,
  countPrakerjaRegistered,
  countPrakerjaRegisteredByChild,
} from "../../training";

/** A period applies to the dated figures (DATED_FIGURES); the others are the state now. */
export type FigureInput = { ctx: Ctx; region: string; period?: Period };
export type Figure = (input: FigureInput) => Promise<number>;

export const FIGURES = {
  businesses: countRegisteredBusinesses,
  affected: countAffectedBusinesses,
  constraintsOpen: countOpenConstraints,
  constraintsOpened: countOpenedConstraints,
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

/** Figures with a date, counted within the chosen period: the rest are point-in-time. */
export const DATED_FIGURES = [
  "aidPaid",
  "trainingHeld",
  "marketSold",
  "constraintsOpened",
] as const satisfies readonly FigureName[];

/** All figures for one region, read one after another (each in its own short scoped transaction). */
export async function readFigures(input: FigureInput): Promise<Record<FigureName, number>> {
  const out = {} as Record<FigureName, number>;
  for (const name of Object.keys(FIGURES) as FigureName[]) out[name] = await FIGURES[name](input);
  return out;
}

/** Each figure's grouped variant: the parent and every child region in one query (same definition). */
export const GROUPED_FIGURES = {
  businesses: countRegisteredBusinessesByChild,
  affected: countAffectedBusinessesByChild,
  constraintsOpen: countOpenConstraintsByChild,
  constraintsOpened: countOpenedConstraintsByChild,
  aidProposed: countProposedRecipientsByChild,
  aidApproved: countApprovedRecipientsByChild,
  aidPaid: countPaidRecipientsByChild,
  marketSupply: countSupplyUnitsByChild,
  marketDemand: countDemandUnitsByChild,
  marketSold: countSoldUnitsByChild,
  marketUnserved: countUnservedOrdersByChild,
  trainingHeld: countHeldTrainingsByChild,
  trainingPostponed: countPostponedTrainingsByChild,
  prakerjaRegistered: countPrakerjaRegisteredByChild,
  prakerjaPassed: countPrakerjaPassedByChild,
} as const satisfies Record<
  FigureName,
  (input: { t: Tx; parent: string; period?: Period }) => Promise<Grouped>
>;

/** All figures for the parent region and per child region, read in the caller's one transaction. */
export async function readGroupedFigures(
  t: Tx,
  parent: string,
  children: readonly string[],
  period: Period = {},
): Promise<{ parent: Record<FigureName, number>; children: Record<FigureName, number>[] }> {
  const top = {} as Record<FigureName, number>;
  const rows = children.map(() => ({}) as Record<FigureName, number>);
  for (const name of Object.keys(GROUPED_FIGURES) as FigureName[]) {
    const g = await GROUPED_FIGURES[name]({ t, parent, period });
    top[name] = g.total;
    for (const [i, code] of children.entries()) {
      (rows[i] as Record<FigureName, number>)[name] = g.byChild[code] ?? 0;
    }
  }
  return { parent: top, children: rows };
}
