// The region browser, rooted at the user's own scope.

import type { Role } from "../../lib/roles";
import type { WebModule } from "../../lib/web-module";

const regionRoles: readonly Role[] = ["admin_provinsi", "operator_kabkota", "pendamping", "pimpinan"];

export const regionsModule: WebModule = {
  id: "regions",
  nav: [{ path: "/app/wilayah", labelKey: "regions", roles: regionRoles, icon: "map", order: 30 }],
  pages: [
    {
      path: "wilayah",
      roles: regionRoles,
      load: () => import("./components/region-browser-page").then((m) => ({ default: m.RegionBrowserPage })),
    },
  ],
};
