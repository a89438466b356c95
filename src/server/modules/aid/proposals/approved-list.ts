// Steps that work only on an approved list (decision file, bank file, revision): the proposal must
// be approved or disbursed, and its programme is loaded for the step.
import type { Tx } from "../../../platform/db/pool";
import { notFound } from "../../../platform/errors";
import { isApprovedStatus } from "../domain";
import { aidError } from "../errors";
import { findProgramme, type ProgrammeRow, type ProposalRow } from "../repository";

/** The programme of an approved proposal, or AID_NOT_FROZEN saying when the step becomes possible. */
export async function approvedListProgramme(
  t: Tx,
  proposal: ProposalRow,
  step: { id: string; en: string },
): Promise<ProgrammeRow> {
  if (!isApprovedStatus(proposal.status)) throw aidError("AID_NOT_FROZEN", { text: step });
  const programme = await findProgramme(t, proposal.programmeId);
  if (!programme) throw notFound();
  return programme;
}
