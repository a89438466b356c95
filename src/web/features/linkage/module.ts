// Linkage (S7): the duplicate review queue with dedup runs and merge history, and outside lists
// (DTKS, BPUM, Prakerja) with their irisan report. Pages are lazy chunks.
import type { Role } from "../../lib/roles";
import type { WebModule } from "../../lib/web-module";

const reviewers: readonly Role[] = ["admin_provinsi", "operator_kabkota"];
const readers: readonly Role[] = ["admin_provinsi", "operator_kabkota", "pimpinan"];

export const linkageModule: WebModule = {
  id: "linkage",
  nav: [
    { path: "/app/duplikat", labelKey: "duplicates", roles: reviewers, icon: "copy", order: 42 },
    { path: "/app/pencocokan", labelKey: "linkage", roles: readers, icon: "link", order: 43 },
  ],
  // lent to the registry's entry form, send queue and business page (lib/slots.tsx)
  slots: {
    duplicateHint: () => import("./components/duplicate-hint").then((m) => ({ default: m.DuplicateHint })),
    entitySources: () => import("./components/entity-sources").then((m) => ({ default: m.EntitySources })),
  },
  pages: [
    {
      path: "duplikat",
      roles: reviewers,
      load: () => import("./components/duplicates-page").then((m) => ({ default: m.DuplicatesPage })),
    },
    {
      path: "pencocokan",
      roles: readers,
      load: () => import("./components/lists-page").then((m) => ({ default: m.ListsPage })),
    },
    {
      path: "pencocokan/$listId",
      roles: readers,
      load: () => import("./components/irisan-page").then((m) => ({ default: m.IrisanPage })),
    },
  ],
};
