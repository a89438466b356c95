import { api } from "../../../lib/api";
import type {
  AddItemResult,
  AddManyResult,
  CandidateFilters,
  CandidatePage,
  CreateProgrammeBody,
  InKindSource,
  InKindStock,
  Item,
  ItemPage,
  ItemView,
  ManualItem,
  Programme,
  ProgrammeSummary,
  Proposal,
  ProposalDetail,
  ProposalStatus,
  Snapshot,
} from "./types";
import type {
  AidReport,
  Batch,
  DecisionResult,
  DisbursementAccepted,
  Handover,
  RecipientStatus,
  Reconciliation,
} from "./types-exchange";

const base = "/api/aid";
const enc = encodeURIComponent;

export const fetchProgrammes = (signal?: AbortSignal) =>
  api.get<ProgrammeSummary[]>(`${base}/programmes`, { signal });
export const fetchProgramme = (id: string, signal?: AbortSignal) =>
  api.get<Programme>(`${base}/programmes/${enc(id)}`, { signal });
export const fetchInKindSources = (signal?: AbortSignal) =>
  api.get<InKindSource[]>(`${base}/in-kind-sources`, { signal });
export const linkStockSource = (id: string, procurementId: string) =>
  api.post<InKindStock>(`${base}/programmes/${enc(id)}/stock-source`, { procurementId });
export const createProgramme = (body: CreateProgrammeBody) => api.post<Programme>(`${base}/programmes`, body);
export const setQuota = (id: string, body: { regionCode: string; quota: number }) =>
  api.post<Programme>(`${base}/programmes/${enc(id)}/quotas`, body);
export const fetchReport = (programmeId: string, signal?: AbortSignal) =>
  api.get<AidReport>(`${base}/reports`, { query: { programmeId }, signal });

export const fetchProposals = (f: { programmeId?: string; status?: ProposalStatus }, signal?: AbortSignal) =>
  api.get<Proposal[]>(`${base}/proposals`, { query: f, signal });
export const createProposal = (body: { programmeId: string; regionCode: string; proposerName?: string }) =>
  api.post<Proposal>(`${base}/proposals`, body);
export const fetchProposal = (id: string, signal?: AbortSignal) =>
  api.get<ProposalDetail>(`${base}/proposals/${enc(id)}`, { signal });

export const fetchItems = (
  id: string,
  f: { view: ItemView; q?: string; offset: number; limit: number },
  signal?: AbortSignal,
) => api.get<ItemPage>(`${base}/proposals/${enc(id)}/items`, { query: f, signal });
export const addItem = (id: string, body: ManualItem) =>
  api.post<AddItemResult>(`${base}/proposals/${enc(id)}/items`, body);
export const addMany = (id: string, businessIds: string[]) =>
  api.post<AddManyResult>(`${base}/proposals/${enc(id)}/items/bulk`, { businessIds });
export const fetchCandidates = (id: string, f: CandidateFilters, signal?: AbortSignal) =>
  api.get<CandidatePage>(`${base}/proposals/${enc(id)}/candidates`, { query: f, signal });
export const justify = (id: string, itemId: string, body: { problemKey: string; text: string }) =>
  api.post<Item>(`${base}/proposals/${enc(id)}/items/${enc(itemId)}/justify`, body);
export const removeItem = (id: string, itemId: string, reason: string) =>
  api.post<Item>(`${base}/proposals/${enc(id)}/items/${enc(itemId)}/remove`, { reason });
export const recheck = (id: string) =>
  api.post<{ checked: number; withProblems: number; openProblems: number; ms: number }>(
    `${base}/proposals/${enc(id)}/check`,
  );

export type FlowStep = "submit" | "verify" | "return" | "approve" | "reject" | "fail";
export const flowStep = (
  id: string,
  step: FlowStep,
  body?: { reason?: string; decreeNumber?: string; decreeDate?: string },
) => api.post<ProposalDetail>(`${base}/proposals/${enc(id)}/${step}`, body ?? {});
export const revise = (id: string, body: { removeItemIds: string[]; reason: string }) =>
  api.post<Snapshot>(`${base}/proposals/${enc(id)}/revise`, body);

export const exportUrl = (id: string) => `${base}/proposals/${enc(id)}/export`;
export const decreeUrl = (id: string) => `${base}/proposals/${enc(id)}/decree.pdf`;
export const letterUrl = (itemId: string) => `${base}/items/${enc(itemId)}/letter.pdf`;

export const fetchBatches = (id: string, signal?: AbortSignal) =>
  api.get<Batch[]>(`${base}/proposals/${enc(id)}/disbursements`, { signal });
export const fetchReconciliation = (id: string, signal?: AbortSignal) =>
  api.get<Reconciliation>(`${base}/proposals/${enc(id)}/reconciliation`, { signal });
export const resolveFinding = (id: string, findingId: string, note: string) =>
  api.post(`${base}/proposals/${enc(id)}/reconciliation/${enc(findingId)}/resolve`, { note });
export const fetchMyStatus = (signal?: AbortSignal) =>
  api.get<RecipientStatus[]>(`${base}/my-status`, { signal });

/** Multipart upload of one file; failures become ApiError like every other call. */
function uploadFile<T>(path: string, file: File): Promise<T> {
  const form = new FormData();
  form.set("file", file, file.name);
  return api.upload<T>(path, form);
}

export const uploadItems = (id: string, file: File) =>
  uploadFile<AddManyResult>(`${base}/proposals/${enc(id)}/items/upload`, file);
export const uploadDecision = (id: string, file: File) =>
  uploadFile<DecisionResult>(`${base}/proposals/${enc(id)}/decision`, file);
export const uploadBankFile = (id: string, file: File) =>
  uploadFile<DisbursementAccepted>(`${base}/proposals/${enc(id)}/disbursements`, file);

export const fetchHandovers = (id: string, signal?: AbortSignal) =>
  api.get<Handover[]>(`${base}/proposals/${enc(id)}/handovers`, { signal });
export const receiptUrl = (handoverId: string) => `${base}/handovers/${enc(handoverId)}/receipt`;

/** A hand-over with its signed receipt (multipart: fields + file). */
export async function recordHandover(
  id: string,
  itemId: string,
  v: { quantity: number; handedOn: string; receivedBy: string; receipt: File },
): Promise<Handover> {
  const form = new FormData();
  form.set("quantity", String(v.quantity));
  form.set("handedOn", v.handedOn);
  form.set("receivedBy", v.receivedBy);
  form.set("file", v.receipt, v.receipt.name);
  return api.upload<Handover>(`${base}/proposals/${enc(id)}/items/${enc(itemId)}/handover`, form);
}
