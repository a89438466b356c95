// Consigned goods of many producers share one shelf (a day's masks from 40 tailors), so a sale does
// not say whose unit it was. Units sold are attributed to producers in proportion to what each
// consigned and still had (net of returns and damage), never more than that, by largest remainder.

import { splitProportionalCapped } from "./largest-remainder";

export type ProducerUnits = { producerId: string; netIntake: number };

export type AttributedUnits = { producerId: string; sold: number; onHand: number };

export function attributeSales(options: { sold: number; producers: readonly ProducerUnits[] }): {
  shares: AttributedUnits[];
  unattributed: number;
} {
  const claims = options.producers.map((p) => ({
    weight: Math.max(p.netIntake, 0),
    cap: Math.max(p.netIntake, 0),
  }));
  const { parts, unplaced } = splitProportionalCapped(Math.max(options.sold, 0), claims);
  return {
    shares: options.producers.map((p, i) => {
      const sold = parts[i] ?? 0;
      return { producerId: p.producerId, sold, onHand: Math.max(p.netIntake, 0) - sold };
    }),
    unattributed: unplaced,
  };
}
