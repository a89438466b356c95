// The root of the route tree: no layout of its own (the public store and the staff area look
// different), only the shared context and the fallbacks.
import type { QueryClient } from "@tanstack/react-query";
import { createRootRouteWithContext, Outlet } from "@tanstack/react-router";
import { NotFoundPage } from "../pages/not-found-page";
import { RouteErrorPage } from "../pages/route-error-page";

export type RouterContext = { queryClient: QueryClient };

export const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  notFoundComponent: NotFoundPage,
  errorComponent: RouteErrorPage,
});
