// Reports: the office head's dashboard (summary of the scope with a drill-down by region) and the
// admins' NIK reveal log.
import type { Role } from "../../lib/roles";
import type { WebModule } from "../../lib/web-module";

const readers: readonly Role[] = ["admin_provinsi", "operator_kabkota", "konsultan_plut", "pimpinan"];
/** reports.nik_reveals on the server: who may read the NIK reveal log. */
const auditReaders: readonly Role[] = ["admin_provinsi", "pimpinan"];

export const reportsModule: WebModule = {
  id: "reports",
  nav: [
    { path: "/app/dasbor", labelKey: "dashboard", roles: readers, icon: "dashboard", order: 10 },
    { path: "/app/naik-kelas", labelKey: "naikKelas", roles: readers, icon: "chart", order: 11 },
    { path: "/app/log-nik", labelKey: "revealLog", roles: auditReaders, icon: "key", order: 90 },
  ],
  // lent to the home page (lib/slots.tsx)
  slots: {
    homeToday: () => import("./components/today-panel").then((m) => ({ default: m.TodayPanel })),
  },
  pages: [
    {
      path: "dasbor",
      roles: readers,
      load: () => import("./components/dashboard-page").then((m) => ({ default: m.DashboardPage })),
    },
    {
      path: "naik-kelas",
      roles: readers,
      load: () => import("./components/naik-kelas-page").then((m) => ({ default: m.NaikKelasPage })),
    },
    {
      path: "log-nik",
      roles: auditReaders,
      load: () => import("./components/reveal-log-page").then((m) => ({ default: m.RevealLogPage })),
    },
  ],
};
