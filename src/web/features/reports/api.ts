// Calls to /api/reports (server: modules/reports/routes.ts).
import type { OpenData, RegionRows, Summary, Today } from "../../../server/modules/reports/contract";
import type { NaikKelas } from "../../../server/modules/reports/contract-naik-kelas";
import type { RevealLog, RevealLogQuery } from "../../../server/modules/reports/contract-person";
import { api } from "../../lib/api";

export type { OpenData, RegionRows, Summary, Today };

export const fetchRegionRows = (region: string | undefined, period: Period, signal?: AbortSignal) =>
  api.get<RegionRows>("/api/reports/regions", { query: { region, ...periodQuery(period) }, signal });

export const fetchToday = (signal?: AbortSignal) => api.get<Today>("/api/reports/today", { signal });

/** The count columns of an open data row, in the order the page shows them. */
export type OpenColumn = Exclude<keyof OpenData["rows"][number], "code" | "name">;
const COLUMN_ORDER: Record<OpenColumn, true> = {
  businesses: true,
  affected: true,
  aidPaid: true,
  trainingHeld: true,
  prakerjaRegistered: true,
  prakerjaPassed: true,
};
export const OPEN_COLUMNS = Object.keys(COLUMN_ORDER) as OpenColumn[];
export const fetchOpenData = (province: string, signal?: AbortSignal) =>
  api.get<OpenData>("/api/open-data/regencies", { query: { province }, signal });

/** The NIK reveal log (admins; server: modules/reports/reveal-log.ts). */
export const fetchRevealLog = (query: RevealLogQuery, signal?: AbortSignal) =>
  api.get<RevealLog>("/api/reports/nik-reveals", { query, signal });

/** A period of dates (YYYY-MM-DD); empty ends are open (all time by default). */
export type Period = { from: string; to: string };
export const periodQuery = (p: Period) => ({
  ...(p.from ? { from: p.from } : {}),
  ...(p.to ? { to: p.to } : {}),
});

/** Businesses whose size class moved up in the period. */
export type { NaikKelas };
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
