// Market domain core: pure rules for the PLUT store — fair allocation of scarce pre-ordered supply,
// QRIS payloads, order codes and transfer matching, producer settlement, procurement splits, the
// stock ledger and per-buyer limits. Data in, data out: no database, HTTP or clock in here.

export { allocateSupply } from "./allocate-supply";
export type {
  AllocateSupplyResult,
  AllocationErrorCode,
  AllocationInput,
  AllocationPolicy,
  AllocationPolicyKind,
  AllocationReason,
  AllocationResult,
  AllocationTotals,
  BuyerKind,
  BuyerOutcome,
  OrderAllocation,
  Pool,
  PoolSummary,
  PreOrder,
  UnitLabel,
} from "./allocation-types";
export {
  BUYER_MESSAGE_EVENTS,
  type BuyerMessageEvent,
  DEFAULT_MESSAGE_TEMPLATES,
  MESSAGE_PLACEHOLDERS,
  type MessageVars,
  messageTemplate,
  paymentLine,
  renderMessage,
  whatsappLink,
} from "./buyer-messages";
export { explainAllocation, explainAllocations, type Lang } from "./explain-allocation";
export { splitByLargestRemainder, splitProportionalCapped } from "./largest-remainder";
export { drawWinners, lotteryTicket } from "./lottery";
export { type MatchProposal, matchStatement, type OpenOrder, type StatementLine } from "./match-statement";
export {
  generateOrderCode,
  type NormaliseOrderCodeResult,
  normaliseOrderCode,
  ORDER_CODE_ALPHABET,
  orderCodeProblem,
  type RandomInt,
} from "./order-code";
export {
  checkOrderLimits,
  DEFAULT_ORDER_LIMITS,
  type LimitViolation,
  limitMessage,
  type OrderLimitCheck,
  type OrderLimits,
} from "./order-limits";
export {
  type BuildDynamicQrisResult,
  buildDynamicQris,
  type ParseQrisResult,
  parseQris,
  QRIS_MAX_AMOUNT,
  type Qris,
  type QrisErrorCode,
} from "./qris";
export { SAMPLE_STATIC_QRIS } from "./qris-sample";
export { crc16CcittFalse } from "./qris-tlv";
export { settle } from "./settlement";
export type {
  ConsignmentTerms,
  DamagedGoods,
  ProducerStatement,
  SettlementInput,
  SettlementLine,
  SettlementTotals,
  SettleResult,
  SourceUnits,
} from "./settlement-types";
export {
  explainProcurementShare,
  type ProcurementShare,
  type ProducerCapacity,
  type SplitProcurementResult,
  splitProcurement,
} from "./split-procurement";
export {
  checkStockEntry,
  entryDelta,
  STOCK_ENTRY_KINDS,
  type StockEntry,
  type StockEntryCheck,
  type StockEntryKind,
  stockBalance,
  stockBalances,
} from "./stock";
export {
  type AssignTransferAmountResult,
  assignTransferAmount,
  UNIQUE_CODE_MAX,
  UNIQUE_CODE_MIN,
} from "./transfer-amount";
export {
  explainOffer,
  type FreedReason,
  offerFreedUnits,
  paymentDeadline,
  type WaitingOrder,
  type WaitlistOffer,
} from "./waitlist-offer";
