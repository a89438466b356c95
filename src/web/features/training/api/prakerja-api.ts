// Calls to /api/training/prakerja (server: modules/training/prakerja/routes.ts).
import { api } from "../../../lib/api";

export type PrakerjaCounts = { rows: number; registered: number; passed: number; incentive: number };
export type PrakerjaList = {
  id: string;
  name: string;
  regionCode: string;
  asOf: string | null;
  state: string;
  createdAt: string;
  counts: PrakerjaCounts;
  linked: number | null;
};
export type PrakerjaRow = {
  rowNumber: number;
  sheet: string;
  name: string | null;
  wave: string | null;
  statusText: string | null;
  registered: boolean;
  passed: boolean;
  incentive: boolean;
};
export type PrakerjaOwnerStatus = {
  listId: string;
  listName: string;
  asOf: string | null;
  via: "nik" | "link";
  wave: string | null;
  registered: boolean;
  passed: boolean;
  incentive: boolean;
};

const base = "/api/training/prakerja";
const enc = encodeURIComponent;

export const fetchPrakerjaLists = (signal?: AbortSignal) =>
  api.get<PrakerjaList[]>(`${base}/lists`, { signal });
export const fetchPrakerjaRows = (id: string, signal?: AbortSignal) =>
  api.get<PrakerjaRow[]>(`${base}/lists/${enc(id)}`, { signal });
export const uploadPrakerja = (form: FormData) =>
  api.upload<{ list: PrakerjaList; jobId: string }>(`${base}/lists`, form);
export const fetchPrakerjaForBusiness = (id: string, signal?: AbortSignal) =>
  api.get<PrakerjaOwnerStatus[]>(`${base}/businesses/${enc(id)}`, { signal });
