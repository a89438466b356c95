// Shapes of a pre-order allocation run: what goes in (one supply day of one product) and what comes
// out (per-order allocations with the data needed to explain each one to its buyer).

export type BuyerKind = "individual" | "institution";

export type PreOrder = {
  orderId: string;
  /** Who the buyer is (a buyer id or a pseudonym, not a raw phone: it enters the published lottery). */
  buyerKey: string;
  quantity: number;
  createdAt: Date;
  kind: BuyerKind;
  /** Contracted daily quota of an institution, used by the "institution_quota" policy. */
  quota?: number;
};

export type AllocationPolicyKind = "equal" | "fifo" | "institution_quota";

export type AllocationPolicy = {
  kind: AllocationPolicyKind;
  /** Most units one buyer may receive in the public pool (all their orders together). */
  perBuyerCap?: number;
  /** Published seed of the lottery for indivisible remainders; stored with the result. */
  seed: string;
};

/** Words for the unit in explanations, e.g. { id: "masker", en: "masks" }. */
export type UnitLabel = { id: string; en: string };

export type AllocationInput = {
  supply: number;
  preOrders: readonly PreOrder[];
  policy: AllocationPolicy;
  unit?: UnitLabel;
};

/** Why an order received what it did. */
export type AllocationReason =
  | "filled" // everything ordered
  | "equal_share" // limited to the common share every unfilled buyer received (± one lottery unit)
  | "per_buyer_cap" // limited by the per-buyer cap
  | "sold_out" // FIFO: the supply ran out before this order's turn
  | "quota"; // an institution limited to its contracted quota

export type Pool = "public" | "quota";

export type BuyerOutcome = {
  /** Number of this buyer's orders in the run. */
  orders: number;
  /** Sum of the buyer's ordered quantities. */
  demand: number;
  /** What the buyer could receive at most: demand after the cap or quota. */
  entitled: number;
  allocated: number;
  /** Whether the buyer took part in the remainder lottery, and won a unit. */
  lottery: "not_drawn" | "won" | "lost";
};

export type OrderAllocation = {
  orderId: string;
  buyerKey: string;
  kind: BuyerKind;
  requested: number;
  allocated: number;
  unmet: number;
  reason: AllocationReason;
  pool: Pool;
  buyer: BuyerOutcome;
};

export type PoolSummary = {
  supply: number;
  allocated: number;
  buyers: number;
  /** Equal share λ: every buyer received min(entitled, λ), a few λ + 1 by lottery. Null when not equal. */
  level: number | null;
  lotteryUnits: number;
  lotteryCandidates: number;
};

export type AllocationTotals = {
  supply: number;
  demand: number;
  allocated: number;
  unmet: number;
  buyers: number;
  buyersFullyServed: number;
  buyersWithNothing: number;
};

export type AllocationResult = {
  policy: AllocationPolicy;
  seed: string;
  unit: UnitLabel;
  /** In the order of the input pre-orders. */
  allocations: OrderAllocation[];
  totals: AllocationTotals;
  publicPool: PoolSummary;
  quotaPool: PoolSummary | null;
};

export type AllocationErrorCode =
  | "INVALID_SUPPLY"
  | "INVALID_QUANTITY"
  | "INVALID_CAP"
  | "INVALID_QUOTA"
  | "INVALID_DATE"
  | "DUPLICATE_ORDER"
  | "EMPTY_SEED";

export type AllocateSupplyResult =
  | { ok: true; result: AllocationResult }
  | { ok: false; error: { code: AllocationErrorCode; orderId?: string } };
