import { describe, expect, it } from "vitest";
import { equal, order, run } from "./allocation-test-fixtures";
import { explainAllocation, explainAllocations } from "./explain-allocation";
import { drawWinners } from "./lottery";

describe("explainAllocation", () => {
  // S1: 2,000 masks, 57 buyers each wanting 200 → 35 each and 5 extra units by lottery.
  const preOrders = Array.from({ length: 57 }, (_, i) =>
    order(`o${i}`, `B${String(i).padStart(2, "0")}`, 200, i),
  );
  const seed = "2020-04-07/masker";
  const result = run({
    supply: 2000,
    preOrders,
    policy: { kind: "equal", seed },
    unit: { id: "masker", en: "masks" },
  });
  const winners = drawWinners({ seed, keys: preOrders.map((o) => o.buyerKey), count: 5 });
  const loser = preOrders.find((o) => !winners.has(o.buyerKey));
  const winner = preOrders.find((o) => winners.has(o.buyerKey));

  it("tells a buyer who got the equal share, in Indonesian and English", () => {
    expect(explainAllocation(result, loser?.orderId ?? "", "id")).toBe(
      `Anda memesan 200; 2.000 masker untuk 57 pembeli; Anda menerima 35. Persediaan dibagi rata: setiap pembeli menerima paling banyak 35 masker; sisa 5 masker diundi di antara 57 pembeli dengan kode undian "${seed}" dan Anda tidak terpilih.`,
    );
    expect(explainAllocation(result, winner?.orderId ?? "", "en")).toBe(
      `You ordered 200; 2,000 masks for 57 buyers; you receive 36. The supply is shared equally: each buyer receives at most 35 masks; the remaining 5 masks were drawn by lottery among 57 buyers with seed "${seed}" and you won 1 extra.`,
    );
  });

  it("tells a buyer who got nothing why", () => {
    const r = run({
      supply: 1,
      preOrders: [order("a", "A", 2), order("b", "B", 2)],
      policy: equal({ seed: "z" }),
      unit: { id: "masker", en: "masks" },
    });
    const zero = r.allocations.find((a) => a.allocated === 0);
    expect(explainAllocation(r, zero?.orderId ?? "", "id")).toBe(
      'Anda memesan 2; 1 masker untuk 2 pembeli; Anda menerima 0. Persediaan tidak cukup untuk 1 masker per pembeli; sisa 1 masker diundi di antara 2 pembeli dengan kode undian "z" dan Anda tidak terpilih.',
    );
  });

  it("mentions the cap, FIFO, quotas and several orders", () => {
    const capped = run({
      supply: 100,
      preOrders: [order("a", "A", 80), order("a2", "A", 20, 5)],
      policy: equal({ perBuyerCap: 50 }),
    });
    expect(explainAllocation(capped, "a2", "id")).toBe(
      "Anda memesan 20; 100 unit untuk 1 pembeli; Anda menerima 0. Setiap pembeli menerima paling banyak 50 unit. Total pesanan Anda 100 dalam 2 pesanan dan Anda menerima 50; jatah Anda diberikan ke pesanan paling awal lebih dulu.",
    );
    const fifo = run({
      supply: 1,
      preOrders: [order("a", "A", 1), order("b", "B", 1, 1)],
      policy: { kind: "fifo", seed: "f" },
    });
    expect(explainAllocation(fifo, "b", "en")).toBe(
      "You ordered 1; 1 units for 2 buyers; you receive 0. Orders are served by time of ordering; the supply ran out before your order was filled.",
    );
    expect(explainAllocation(fifo, "a", "id")).toBe(
      "Anda memesan 1; 1 unit untuk 2 pembeli; Anda menerima 1. Pesanan Anda terpenuhi seluruhnya.",
    );
    const quota = run({
      supply: 10,
      preOrders: [order("q", "Q", 9, 0, { kind: "institution", quota: 4 })],
      policy: { kind: "institution_quota", seed: "q" },
    });
    expect(explainAllocation(quota, "q", "id")).toContain("Instansi Anda menerima kuota kontrak 4 unit.");
    expect(explainAllocation(quota, "nope", "id")).toBeUndefined();
  });
});

describe("explainAllocations", () => {
  it("explains every order of a run in one pass", () => {
    const r = run({ supply: 3, preOrders: [order("a", "A", 2), order("b", "B", 2)], policy: equal() });
    const texts = explainAllocations(r, "en");
    expect([...texts.keys()]).toEqual(["a", "b"]);
    expect(texts.get("a")).toBe(explainAllocation(r, "a", "en"));
  });
});
