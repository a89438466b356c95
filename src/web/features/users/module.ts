// User management: provincial admins create, deactivate and reset accounts within their scope.
import type { WebModule } from "../../lib/web-module";

export const usersModule: WebModule = {
  id: "users",
  nav: [{ path: "/app/pengguna", labelKey: "users", roles: ["admin_provinsi"], icon: "users", order: 20 }],
  pages: [
    {
      path: "pengguna",
      roles: ["admin_provinsi"],
      load: () => import("./components/users-page").then((m) => ({ default: m.UsersPage })),
    },
  ],
};
