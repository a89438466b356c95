// How a feature plugs into the staff area: it exports one WebModule listing its navigation entries
// and its pages (lazy-loaded, so each feature is its own chunk). src/web/app/modules.ts registers the
// modules; a placeholder ("Segera hadir") fills any path no real module provides yet.
import type { ComponentType } from "react";
import type { IconName } from "../components/ui/icons";
import type { Messages } from "../i18n";
import type { Role } from "./roles";
import type { SlotLoaders } from "./slots";

export type NavLabelKey = keyof Messages["nav"];

/** Who may see an entry or open a page. */
export type Audience = readonly Role[] | "all";

export type NavEntry = {
  /** Absolute path, e.g. "/app/pengguna". */
  path: string;
  labelKey: NavLabelKey;
  roles: Audience;
  icon?: IconName;
  /** Sort key in the navbar; lower first. Default 100. */
  order?: number;
};

export type StaffPage = {
  /** Path below /app in TanStack Router syntax: "pengguna", "registri/$businessId". */
  path: string;
  roles: Audience;
  /** Dynamic import of the page, so the page lands in its own chunk. */
  load: () => Promise<{ default: ComponentType }>;
};

/** A small lazy component in the staff header (e.g. the registry's offline-queue badge). */
export type HeaderWidget = { roles: Audience; load: StaffPage["load"] };

export type WebModule = {
  id: string;
  nav: readonly NavEntry[];
  pages: readonly StaffPage[];
  headerWidgets?: readonly HeaderWidget[];
  /** Components lent to other features' pages, by slot name (lazy, like pages). */
  slots?: SlotLoaders;
};

export function canAccess(audience: Audience, role: Role): boolean {
  return audience === "all" || audience.includes(role);
}

/** Real modules win; a placeholder entry or page survives only where no module claims its path. */
export function composeModules(
  modules: readonly WebModule[],
  placeholders: WebModule,
): { nav: NavEntry[]; pages: StaffPage[] } {
  const nav = modules.flatMap((m) => m.nav);
  const pages = modules.flatMap((m) => m.pages);
  const navPaths = new Set(nav.map((entry) => entry.path));
  const pagePaths = new Set(pages.map((page) => page.path));
  return {
    nav: [...nav, ...placeholders.nav.filter((entry) => !navPaths.has(entry.path))],
    pages: [...pages, ...placeholders.pages.filter((page) => !pagePaths.has(page.path))],
  };
}

/** The entries a role sees, in navbar order (stable for equal `order`). */
export function navForRole(entries: readonly NavEntry[], role: Role): NavEntry[] {
  return entries
    .filter((entry) => canAccess(entry.roles, role))
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => (a.entry.order ?? 100) - (b.entry.order ?? 100) || a.index - b.index)
    .map(({ entry }) => entry);
}
