// Routes outside the staff area: the login page and the public PLUT store. Their components are
// lazy so a store visitor never downloads the staff code.
import { createRoute, lazyRouteComponent, redirect } from "@tanstack/react-router";
import { meQueryOptions } from "../../lib/session/me-query";
import { rootRoute } from "./root-route";

export type LoginSearch = { redirect?: string };

// Only in-app staff paths are accepted as a post-login target (no open redirect).
function parseLoginSearch(search: Record<string, unknown>): LoginSearch {
  const target = search.redirect;
  return typeof target === "string" && /^\/app(\/|$|\?)/.test(target) ? { redirect: target } : {};
}

export const indexRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/",
  beforeLoad: () => {
    throw redirect({ to: "/app" });
  },
});

export const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "masuk",
  validateSearch: parseLoginSearch,
  beforeLoad: async ({ context, search }) => {
    const me = await context.queryClient.ensureQueryData(meQueryOptions).catch(() => null);
    if (me) throw redirect({ href: search.redirect ?? "/app" });
  },
  component: lazyRouteComponent(() => import("../../features/auth/components/login-page"), "LoginPage"),
});

export const storeRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "toko",
  component: lazyRouteComponent(() => import("../entries/store-entry"), "default"),
});

export const productRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "toko/produk/$id",
  component: lazyRouteComponent(() => import("../entries/product-entry"), "default"),
});

export const orderTrackingRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "toko/pesanan/$code",
  component: lazyRouteComponent(() => import("../entries/order-tracking-entry"), "default"),
});

export const certificateRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "sertifikat/$code",
  component: lazyRouteComponent(() => import("../entries/certificate-entry"), "default"),
});

export const trainingRegisterRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "pelatihan/daftar/$eventId",
  component: lazyRouteComponent(() => import("../entries/training-register-entry"), "default"),
});

export const trainingSeatRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "pelatihan/peserta/$code",
  component: lazyRouteComponent(() => import("../entries/training-seat-entry"), "default"),
});

export const openDataRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "data-terbuka",
  component: lazyRouteComponent(() => import("../entries/open-data-entry"), "default"),
});
