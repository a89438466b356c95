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

  it("tops up a partly served order in its turn and says what it holds now", () => {
    const waiting = [
      { orderId: "partly", quantity: 2, held: 4 },
      { orderId: "waiting", quantity: 3 },
    ];
    const { offers, left } = offerFreedUnits(6, waiting, "cancelled");
    expect(offers).toEqual([
      { orderId: "partly", units: 2, position: 1, waiting: 2, freed: "cancelled", held: 4 },
      { orderId: "waiting", units: 3, position: 2, waiting: 2, freed: "cancelled" },
    ]);
    expect(left).toBe(1);
    const [topUp] = offers;
    if (!topUp) throw new Error("no top-up");
    expect(explainOffer(topUp, "masker", "id")).toBe(
      "Pesanan lain dibatalkan; Anda urutan ke-1 dari 2 pembeli yang belum menerima penuh (urutan waktu pesan) dan kini menerima 2 masker lagi, jadi 6 masker.",
    );
    expect(explainOffer(topUp, "masks", "en")).toBe(
      "Another order was cancelled; you are number 1 of 2 buyers not fully served (by time of ordering) and now receive 2 more masks, 6 masks in all.",
    );
  });
});
