import { api, apiRequest } from "../../../lib/api";
import type {
  BatchResult,
  DecisionResult,
  EntitySources,
  HintBody,
  HintResponse,
  IrisanCategory,
  IrisanPage,
  ListUploaded,
  Merge,
  OutsideList,
  PairStatus,
  ReviewPage,
  Run,
  RunStarted,
} from "./types";

const base = "/api/linkage";
const id = encodeURIComponent;

export type ReviewFilters = { status: PairStatus; offset: number; limit: number };
export type IrisanFilters = {
  category: IrisanCategory;
  region?: string;
  status?: string;
  q?: string;
  offset: number;
  limit: number;
};
export type Decision = "accept" | "reject" | "skip";

export const fetchRuns = (signal?: AbortSignal) => api.get<Run[]>(`${base}/dedup-runs`, { signal });
export const startRun = () => api.post<RunStarted>(`${base}/dedup-runs`, {});
export const fetchReviews = (f: ReviewFilters, signal?: AbortSignal) =>
  api.get<ReviewPage>(`${base}/reviews`, { query: { ...f }, signal });
export const decide = ({
  pairId,
  decision,
  survivor,
}: {
  pairId: string;
  decision: Decision;
  survivor?: "a" | "b";
}) =>
  api.post<DecisionResult>(`${base}/reviews/${id(pairId)}/decision`, {
    decision,
    ...(survivor ? { survivor } : {}),
  });
export const decideBatch = (body: { ids: string[]; decision: Decision }) =>
  api.post<BatchResult>(`${base}/reviews/batch`, body);
export const fetchMerges = (signal?: AbortSignal) => api.get<Merge[]>(`${base}/merges`, { signal });
export const undoMerge = (mergeId: string) => api.post<Merge>(`${base}/merges/${id(mergeId)}/undo`);
export const fetchEntity = (businessId: string, signal?: AbortSignal) =>
  api.get<EntitySources>(`${base}/businesses/${id(businessId)}/entity`, { signal });
export const fetchHints = (body: HintBody, signal?: AbortSignal) =>
  apiRequest<HintResponse>(`${base}/hints`, { method: "POST", body, signal });
export const fetchLists = (signal?: AbortSignal) => api.get<OutsideList[]>(`${base}/lists`, { signal });
export const fetchList = (listId: string, signal?: AbortSignal) =>
  api.get<OutsideList>(`${base}/lists/${id(listId)}`, { signal });
export const relink = (listId: string) => api.post<RunStarted>(`${base}/lists/${id(listId)}/link`);
export const fetchIrisan = (listId: string, f: IrisanFilters, signal?: AbortSignal) =>
  api.get<IrisanPage>(`${base}/lists/${id(listId)}/irisan`, { query: { ...f }, signal });

export function irisanExportUrl(listId: string, f: Omit<IrisanFilters, "offset" | "limit">): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(f)) if (v) params.set(k, String(v));
  return `${base}/lists/${id(listId)}/irisan.xlsx?${params.toString()}`;
}

/** Multipart upload of a list file. */
export function uploadList(form: FormData): Promise<ListUploaded> {
  return api.upload<ListUploaded>(`${base}/lists`, form);
}
