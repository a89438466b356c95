// Builds the router from the route files. Code-based routes (no codegen plugin is installed).
import type { QueryClient } from "@tanstack/react-query";
import { createRouter } from "@tanstack/react-router";
import { FullPageLoader } from "../components/ui/full-page-loader";
import { NotFoundPage } from "./pages/not-found-page";
import { RouteErrorPage } from "./pages/route-error-page";
import {
  certificateRoute,
  indexRoute,
  loginRoute,
  openDataRoute,
  orderTrackingRoute,
  productRoute,
  storeRoute,
  trainingRegisterRoute,
  trainingSeatRoute,
} from "./routes/public-routes";
import { rootRoute } from "./routes/root-route";
import { staffHomeRoute, staffPageRoutes, staffRoute } from "./routes/staff-routes";

const routeTree = rootRoute.addChildren([
  indexRoute,
  loginRoute,
  storeRoute,
  orderTrackingRoute,
  productRoute,
  certificateRoute,
  trainingRegisterRoute,
  trainingSeatRoute,
  openDataRoute,
  staffRoute.addChildren([staffHomeRoute, ...staffPageRoutes]),
]);

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    defaultPreload: "intent",
    defaultPreloadStaleTime: 0,
    defaultPendingComponent: FullPageLoader,
    defaultErrorComponent: RouteErrorPage,
    defaultNotFoundComponent: NotFoundPage,
    defaultPendingMs: 250,
    scrollRestoration: true,
  });
}

export type AppRouter = ReturnType<typeof createAppRouter>;

declare module "@tanstack/react-router" {
  interface Register {
    router: AppRouter;
  }
}
