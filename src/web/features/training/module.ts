// Training (S4): events with their status history, participants from the register, attendance and
// certificates. The public certificate check lives outside the staff area (app/routes).
import type { Role } from "../../lib/roles";
import type { WebModule } from "../../lib/web-module";

const readers: readonly Role[] = ["admin_provinsi", "operator_kabkota", "konsultan_plut", "pimpinan"];
const managers: readonly Role[] = ["admin_provinsi", "operator_kabkota", "konsultan_plut"];
/** Prakerja lists are outside lists: training and linkage readers both. */
const prakerjaReaders: readonly Role[] = ["admin_provinsi", "operator_kabkota", "pimpinan"];

export const trainingModule: WebModule = {
  id: "training",
  nav: [
    { path: "/app/pelatihan", labelKey: "training", roles: readers, icon: "school", order: 55 },
    { path: "/app/prakerja", labelKey: "prakerja", roles: prakerjaReaders, icon: "school", order: 56 },
  ],
  // lent to the registry's business page (lib/slots.tsx)
  slots: {
    prakerjaStatus: () =>
      import("./components/prakerja-owner-card").then((m) => ({ default: m.PrakerjaOwnerCard })),
  },
  pages: [
    {
      path: "prakerja",
      roles: prakerjaReaders,
      load: () => import("./components/prakerja-page").then((m) => ({ default: m.PrakerjaPage })),
    },
    {
      path: "pelatihan",
      roles: readers,
      load: () => import("./components/training-page").then((m) => ({ default: m.TrainingPage })),
    },
    {
      path: "pelatihan/$eventId/undangan",
      roles: managers,
      load: () => import("./engagement/invitations-page").then((m) => ({ default: m.InvitationsPage })),
    },
    {
      path: "pelatihan/$eventId/hadir",
      roles: managers,
      load: () => import("./engagement/check-in-page").then((m) => ({ default: m.CheckInPage })),
    },
    {
      path: "pelatihan/$eventId",
      roles: readers,
      load: () => import("./components/event-page").then((m) => ({ default: m.EventPage })),
    },
  ],
};
