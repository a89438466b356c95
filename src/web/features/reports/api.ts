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
  /** Dated: kendala reported within the period. */
  constraintsOpened: number;
  period: { from: string | null; to: string | null };
  aid: { proposed: number; approved: number; paid: number };
  market: { supply: number; demand: number; sold: number; unserved: number };
  training: { held: number; postponed: number };
  prakerja: { registered: number; passed: number };
};

export type RegionRows = { parent: Summary; children: Summary[] };

export const fetchRegionRows = (region: string | undefined, period: Period, signal?: AbortSignal) =>
  api.get<RegionRows>("/api/reports/regions", { query: { region, ...periodQuery(period) }, signal });

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

/** A period of dates (YYYY-MM-DD); empty ends are open (all time by default). */
export type Period = { from: string; to: string };
export const periodQuery = (p: Period) => ({
  ...(p.from ? { from: p.from } : {}),
  ...(p.to ? { to: p.to } : {}),
});

/** Businesses whose size class moved up in the period (server: modules/reports/naik-kelas). */
export type NaikKelas = {
  region: string;
  regionName: string | null;
  asOf: string;
  from: string | null;
  to: string | null;
  total: number;
  byRegion: Array<{ code: string; name: string; count: number }>;
  rows: Array<{
    businessId: string;
    businessName: string;
    regionCode: string;
    regionName: string | null;
    fromClass: string;
    toClass: string;
    movedOn: string;
    trainings: number;
    trainingTitles: string[];
    aidPaid: number;
    aidAmount: number;
    storeUnits: number;
    storeAmount: number;
  }>;
};
export const fetchNaikKelas = (region: string | undefined, period: Period, signal?: AbortSignal) =>
  api.get<NaikKelas>("/api/reports/naik-kelas", { query: { region, ...periodQuery(period) }, signal });

/** The URL of a report file with its region and period. */
export function reportFileUrl(path: string, region: string | undefined, period: Period): string {
  const q = new URLSearchParams({
    ...(region && region !== "*" ? { region } : {}),
    ...periodQuery(period),
  }).toString();
  return q ? `${path}?${q}` : path;
}
