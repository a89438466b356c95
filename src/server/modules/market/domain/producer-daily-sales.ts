// A producer's paid sales per day, for their own page. The shelf of a product is shared: each day's
// paid sales of a product are split among its producers by what each consigned (largest remainder,
// as a settlement does when a period's own intakes do not cover its sales), the Rupiah in proportion
// to the units. A day's share is the producer's terms' share of that day's amount, rounded half up;
// the binding figures stay those of the settlement statement of the period.
import { roundHalfUp, splitByLargestRemainder } from "./largest-remainder";

/** Paid sales of one product on one day (the day its payment was confirmed, PLUT time). */
export type DaySaleLine = { date: string; productId: string; units: number; amount: number };

/** One producer's consigned units of a product (intake less returns and damage). */
export type Consigned = { producerId: string; units: number };

export type ProducerDay = { date: string; unitsSold: number; paidSales: number; share: number };

/** The producer's part of one line: units and Rupiah, or null when nobody consigned the product. */
function partOf(line: DaySaleLine, producers: readonly Consigned[], producerId: string) {
  const k = producers.findIndex((p) => p.producerId === producerId);
  const weights = producers.map((p) => Math.max(p.units, 0));
  if (k < 0 || weights.reduce((s, w) => s + w, 0) === 0) return null;
  const units = splitByLargestRemainder(line.units, weights);
  const amounts = splitByLargestRemainder(line.amount, units);
  return { units: units[k] ?? 0, amount: amounts[k] ?? 0 };
}

/** The producer's days with sales, newest first. */
export function producerDailySales(input: {
  producerId: string;
  lines: readonly DaySaleLine[];
  consigned: ReadonlyMap<string, readonly Consigned[]>;
  /** The producer's share in basis points on a date (their terms valid then). */
  shareBps: (date: string) => number;
}): ProducerDay[] {
  const days = new Map<string, { units: number; amount: number }>();
  for (const line of input.lines) {
    const part = partOf(line, input.consigned.get(line.productId) ?? [], input.producerId);
    if (!part || part.units === 0) continue;
    const day = days.get(line.date) ?? { units: 0, amount: 0 };
    day.units += part.units;
    day.amount += part.amount;
    days.set(line.date, day);
  }
  return [...days]
    .sort(([a], [b]) => (a < b ? 1 : a > b ? -1 : 0))
    .map(([date, d]) => ({
      date,
      unitsSold: d.units,
      paidSales: d.amount,
      share: roundHalfUp(BigInt(d.amount) * BigInt(input.shareBps(date)), 10_000n),
    }));
}
