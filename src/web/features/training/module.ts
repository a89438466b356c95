// Training (S4): events with their status history, participants from the register, attendance and
// certificates. The public certificate check lives outside the staff area (app/routes).
import type { Role } from "../../lib/roles";
import type { WebModule } from "../../lib/web-module";

const readers: readonly Role[] = ["admin_provinsi", "operator_kabkota", "konsultan_plut", "pimpinan"];

export const trainingModule: WebModule = {
  id: "training",
  nav: [{ path: "/app/pelatihan", labelKey: "training", roles: readers, icon: "school", order: 55 }],
  pages: [
    {
      path: "pelatihan",
      roles: readers,
      load: () => import("./components/training-page").then((m) => ({ default: m.TrainingPage })),
    },
    {
      path: "pelatihan/$eventId",
      roles: readers,
      load: () => import("./components/event-page").then((m) => ({ default: m.EventPage })),
    },
  ],
};
