// Reports: the office head's dashboard (summary of the scope with a drill-down by region).
import type { Role } from "../../lib/roles";
import type { WebModule } from "../../lib/web-module";

const readers: readonly Role[] = ["admin_provinsi", "operator_kabkota", "konsultan_plut", "pimpinan"];

export const reportsModule: WebModule = {
  id: "reports",
  nav: [{ path: "/app/dasbor", labelKey: "dashboard", roles: readers, icon: "dashboard", order: 10 }],
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
  ],
};
