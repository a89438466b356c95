import { describe, expect, it } from "vitest";
import { explainOffer, offerFreedUnits } from "./waitlist-offer";

describe("offerFreedUnits", () => {
  it("serves the wait-list in order, each up to its quantity, and returns what is left", () => {
    const waiting = [
      { orderId: "a", quantity: 3 },
      { orderId: "b", quantity: 5 },
      { orderId: "c", quantity: 2 },
    ];
    expect(offerFreedUnits(6, waiting, "cancelled")).toEqual({
      offers: [
        { orderId: "a", units: 3, position: 1, waiting: 3, freed: "cancelled" },
        { orderId: "b", units: 3, position: 2, waiting: 3, freed: "cancelled" },
      ],
      left: 0,
    });
    expect(offerFreedUnits(20, waiting, "expired").left).toBe(10);
    expect(offerFreedUnits(4, [], "expired")).toEqual({ offers: [], left: 4 });
  });

  it("explains the offer in both languages", () => {
    const offer = { units: 3, position: 1, waiting: 4, freed: "expired" as const };
    expect(explainOffer(offer, "masker", "id")).toContain("urutan ke-1 dari 4");
    expect(explainOffer(offer, "masks", "en")).toContain("not paid by its deadline");
  });
});
