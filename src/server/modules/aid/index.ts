/**
 * aid: programmes (fund source, kind, amount, phases, quotas, eligibility rules as data, exclusivity),
 * proposals from draft to payment with every problem shown with its evidence (duplicates across
 * regions, households, exclusive programmes, outside lists), frozen lists with SHA-256, the ministry
 * template, decision and bank imports, reconciliation, recipients' status and reports.
 */

import { sql } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import type { ServerModule } from "../../platform/module";
import { type Ctx, tx } from "../access";
import { seedAidDemo } from "./demo/seed-aid-demo";
import { AID_ERRORS } from "./errors";
import { aidExchangeRoutes } from "./exchange/routes-exchange";
import { aidHandoverRoutes } from "./handovers/routes-handover";
import { AID_PERMISSIONS } from "./permissions";
import { aidProposalRoutes } from "./routes";

export type { CreateProgrammeBody, Programme, ProgrammeSummary, Proposal, ProposalDetail } from "./contract";
export { type AidDemoResult, seedAidDemo } from "./demo/seed-aid-demo";
export type { AidReport, RecipientStatus, ReconciliationOut } from "./exchange/contract-exchange";
export { exportTemplate } from "./exchange/export-template";
export { importDecision } from "./exchange/import-decision";
export { importDisbursement } from "./exchange/import-disbursement";
export { getReconciliation } from "./exchange/read-exchange";
export { myAidStatus } from "./handovers/recipient-status";
export { listHandovers, recordHandover } from "./handovers/record-handover";
export { type InKindSource, provideInKindSources } from "./programmes/in-kind-stock";
export { createProgramme, getProgramme, listProgrammes, setQuota } from "./programmes/manage-programmes";
export { addItem, addManyItems } from "./proposals/add-items";
export type { AddItemBody, AddItemResult, Item } from "./proposals/contract-items";
export { justifyProblem, listItems, recheckProposal, removeItem } from "./proposals/edit-items";
export {
  approveProposal,
  failProposal,
  rejectProposal,
  returnProposal,
  submitProposal,
  verifyProposal,
} from "./proposals/flow-proposal";
export { createProposal, getProposal, listProposals } from "./proposals/manage-proposals";
export { aidReport } from "./reports/aid-report";
export {
  countApprovedRecipients,
  countApprovedRecipientsByChild,
  countPaidRecipients,
  countPaidRecipientsByChild,
  countProposedRecipients,
  countProposedRecipientsByChild,
} from "./reports/read-counts";
export { type AidSupport, readAidPaidByBusiness } from "./reports/read-support";

/** All aid routes in one plugin. */
async function aidRoutes(app: FastifyInstance): Promise<void> {
  await aidProposalRoutes(app);
  await aidExchangeRoutes(app);
  await aidHandoverRoutes(app);
}

// Work for today on the home pages (reports reads them), under the caller's scope.
async function countProposals(ctx: Ctx, status: "submitted" | "returned"): Promise<number> {
  return tx(ctx, async (t) => {
    const rows = await t.execute<{ n: number }>(
      sql`select count(*)::int as n from aid.proposals where status = ${status}`,
    );
    return Number(rows.rows[0]?.n ?? 0);
  });
}
/** Proposals submitted by regency offices and waiting for the province's verification. */
export const countProposalsToVerify = ({ ctx }: { ctx: Ctx }) => countProposals(ctx, "submitted");
/** Proposals the province returned for correction. */
export const countProposalsReturned = ({ ctx }: { ctx: Ctx }) => countProposals(ctx, "returned");

export { type AidPersonData, personDataOf } from "./person-data";
/** The aid module's manifest for the composition root (src/server/modules.ts). */
export const aidModule: ServerModule = {
  name: "aid",
  errors: AID_ERRORS,
  permissions: AID_PERMISSIONS,
  routes: () => [aidRoutes],
  // the slowest demo part (a 5,000-item proposal with its checks) runs after the server listens
  demo: { seed: seedAidDemo, deferred: true },
  authzSpecs: async () => (await import("./testing/authz-specs")).aidSpecs,
};
