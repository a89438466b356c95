// The signed-in staff area under /app: one guarded layout route, the home page, and one route per
// page registered by the feature modules (see ../modules.ts).
import { createRoute, lazyRouteComponent, redirect } from "@tanstack/react-router";
import { meQueryOptions } from "../../lib/session/me-query";
import { canAccess, type StaffPage } from "../../lib/web-module";
import { staffArea } from "../modules";
import { ForbiddenRouteError } from "./forbidden";
import { rootRoute } from "./root-route";

export const staffRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "app",
  beforeLoad: async ({ context, location }) => {
    const me = await context.queryClient.ensureQueryData(meQueryOptions);
    if (!me) throw redirect({ to: "/masuk", search: { redirect: location.href } });
    return { me };
  },
  component: lazyRouteComponent(() => import("../layout/staff-layout"), "StaffLayout"),
});

export const staffHomeRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: "/",
  component: lazyRouteComponent(() => import("../pages/home-page"), "HomePage"),
});

function pageRoute(page: StaffPage) {
  return createRoute({
    getParentRoute: () => staffRoute,
    path: page.path,
    beforeLoad: ({ context }) => {
      if (!canAccess(page.roles, context.me.role)) throw new ForbiddenRouteError();
    },
    component: lazyRouteComponent(page.load),
  });
}

export const staffPageRoutes = staffArea.pages.map(pageRoute);
