// Calls to /api/training/prakerja (server: modules/training/prakerja/routes.ts); the shapes are the
// server's contract (types only).
import type {
  PrakerjaCounts,
  PrakerjaImported,
  PrakerjaList,
  PrakerjaOwnerStatus,
  PrakerjaRow,
} from "../../../../server/modules/training/contract-prakerja";
import { api } from "../../../lib/api";

export type { PrakerjaCounts, PrakerjaList, PrakerjaOwnerStatus, PrakerjaRow };

const base = "/api/training/prakerja";
const enc = encodeURIComponent;

export const fetchPrakerjaLists = (signal?: AbortSignal) =>
  api.get<PrakerjaList[]>(`${base}/lists`, { signal });
export const fetchPrakerjaRows = (id: string, signal?: AbortSignal) =>
  api.get<PrakerjaRow[]>(`${base}/lists/${enc(id)}`, { signal });
export const uploadPrakerja = (form: FormData) => api.upload<PrakerjaImported>(`${base}/lists`, form);
export const fetchPrakerjaForBusiness = (id: string, signal?: AbortSignal) =>
  api.get<PrakerjaOwnerStatus[]>(`${base}/businesses/${enc(id)}`, { signal });
