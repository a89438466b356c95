// Shapes of a consignment settlement: what a producer is owed for one period.

export type ConsignmentTerms = {
  /** Producer's share of net sales in basis points (8500 = 85 %); the rest is the PLUT fee. */
  producerShareBps: number;
  /** Who carries goods damaged while at the PLUT; the PLUT pays the producer's share of their value. */
  damaged: "producer_bears" | "plut_bears";
  /** Fixed fee per period (e.g. stall or admin fee) deducted from the payout; 0 when none. */
  feePerPeriod?: number;
};

/** How many units of a line came from which producer (a day's pool mixes many tailors' masks). */
export type SourceUnits = { producerId: string; units: number };

/** A sold order line, or a refunded customer return, with the Rupiah actually paid or refunded. */
export type SettlementLine = {
  lineId: string;
  quantity: number;
  amount: number;
  sources: readonly SourceUnits[];
};

export type DamagedGoods = { producerId: string; units: number; unitPrice: number };

export type SettlementInput = {
  period: { from: string; to: string };
  terms: ReadonlyMap<string, ConsignmentTerms>;
  sales: readonly SettlementLine[];
  returns: readonly SettlementLine[];
  damaged: readonly DamagedGoods[];
};

export type ProducerStatement = {
  producerId: string;
  unitsSold: number;
  unitsReturned: number;
  unitsDamaged: number;
  grossSales: number;
  returns: number;
  /** grossSales − returns. */
  netSales: number;
  producerShareBps: number;
  /** Producer's part of net sales; producerShare + plutFee = netSales exactly. */
  producerShare: number;
  plutFee: number;
  damagedCompensation: number;
  feePerPeriod: number;
  /** producerShare + damagedCompensation − feePerPeriod; negative means the producer owes the PLUT. */
  payable: number;
};

export type SettlementTotals = {
  grossSales: number;
  returns: number;
  netSales: number;
  producerShares: number;
  plutFees: number;
  damagedCompensation: number;
  feesPerPeriod: number;
  payable: number;
};

export type SettlementErrorCode =
  | "MISSING_TERMS"
  | "INVALID_TERMS"
  | "INVALID_LINE"
  | "SOURCES_MISMATCH"
  | "INVALID_DAMAGED";

export type SettleResult =
  | {
      ok: true;
      period: { from: string; to: string };
      statements: ProducerStatement[];
      totals: SettlementTotals;
    }
  | { ok: false; error: { code: SettlementErrorCode; ref?: string } };
