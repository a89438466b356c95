/**
 * aid: programmes (fund source, kind, amount, phases, quotas, eligibility rules as data, exclusivity),
 * proposals from draft to payment with every problem shown with its evidence (duplicates across
 * regions, households, exclusive programmes, outside lists), frozen lists with SHA-256, the ministry
 * template, decision and bank imports, reconciliation, recipients' status and reports.
 */
import type { FastifyInstance } from "fastify";
import type { ServerModule } from "../../platform/module";
import { seedAidDemo } from "./demo/seed-aid-demo";
import { aidProposalRoutes } from "./routes";
import { aidExchangeRoutes } from "./routes-exchange";
import { aidHandoverRoutes } from "./routes-handover";

export { addItem, addManyItems } from "./add-items";
export { aidReport } from "./aid-report";
export type { CreateProgrammeBody, Programme, ProgrammeSummary, Proposal, ProposalDetail } from "./contract";
export type { AidReport, RecipientStatus, ReconciliationOut } from "./contract-exchange";
export type { AddItemBody, AddItemResult, Item } from "./contract-items";
export { type AidDemoResult, seedAidDemo } from "./demo/seed-aid-demo";
export { justifyProblem, listItems, recheckProposal, removeItem } from "./edit-items";
export { exportTemplate } from "./export-template";
export {
  approveProposal,
  failProposal,
  rejectProposal,
  returnProposal,
  submitProposal,
  verifyProposal,
} from "./flow-proposal";
export { importDecision } from "./import-decision";
export { importDisbursement } from "./import-disbursement";
export { createProgramme, getProgramme, listProgrammes, setQuota } from "./manage-programmes";
export { createProposal, getProposal, listProposals } from "./manage-proposals";
export { countApprovedRecipients, countPaidRecipients, countProposedRecipients } from "./read-counts";
export { getReconciliation } from "./read-exchange";
export { myAidStatus } from "./recipient-status";
export { listHandovers, recordHandover } from "./record-handover";

/** All aid routes in one plugin. */
async function aidRoutes(app: FastifyInstance): Promise<void> {
  await aidProposalRoutes(app);
  await aidExchangeRoutes(app);
  await aidHandoverRoutes(app);
}

/** The aid module's manifest for the composition root (src/server/modules.ts). */
export const aidModule: ServerModule = {
  name: "aid",
  routes: () => [aidRoutes],
  // the slowest demo part (a 5,000-item proposal with its checks) runs after the server listens
  demo: { seed: seedAidDemo, deferred: true },
  authzSpecs: async () => (await import("./testing/authz-specs")).aidSpecs,
};
