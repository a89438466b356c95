// Calls to /api/reports (server: modules/reports/routes.ts).
import type { RevealLog } from "../../../server/modules/reports/contract-person";
import { api } from "../../lib/api";

export type Summary = {
  region: string;
  regionName: string | null;
  asOf: string;
  businesses: number;
  affected: number;
  constraintsOpen: number;
  aid: { proposed: number; approved: number; paid: number };
  market: { supply: number; demand: number; sold: number; unserved: number };
  training: { held: number; postponed: number };
  prakerja: { registered: number; passed: number };
};

export type RegionRows = { parent: Summary; children: Summary[] };

export const fetchRegionRows = (region: string | undefined, signal?: AbortSignal) =>
  api.get<RegionRows>("/api/reports/regions", { query: { region }, signal });

export type TodayKey =
  | "ordersToHandOver"
  | "paymentsToCheck"
  | "allocationsDue"
  | "importsWaiting"
  | "pairsToReview"
  | "constraintsOpen"
  | "proposalsReturned"
  | "constraintsAssigned"
  | "proposalsToVerify";
export type Today = { asOf: string; items: Array<{ key: TodayKey; count: number; href: string }> };

export const fetchToday = (signal?: AbortSignal) => api.get<Today>("/api/reports/today", { signal });

export const OPEN_COLUMNS = [
  "businesses",
  "affected",
  "aidPaid",
  "trainingHeld",
  "prakerjaRegistered",
  "prakerjaPassed",
] as const;
export type OpenColumn = (typeof OPEN_COLUMNS)[number];
export type OpenData = {
  asOf: string;
  province: string;
  provinceName: string;
  rows: Array<{ code: string; name: string } & Record<OpenColumn, number>>;
};
export const fetchOpenData = (province: string, signal?: AbortSignal) =>
  api.get<OpenData>("/api/open-data/regencies", { query: { province }, signal });

/** The NIK reveal log (admins; server: modules/reports/reveal-log.ts). */
export const fetchRevealLog = (query: { limit: number; offset: number }, signal?: AbortSignal) =>
  api.get<RevealLog>("/api/reports/nik-reveals", { query, signal });
