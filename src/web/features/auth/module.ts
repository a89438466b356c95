// Staff-area pages of the auth feature. The profile is reached from the user menu, not the navbar.
import type { WebModule } from "../../lib/web-module";

export const authModule: WebModule = {
  id: "auth",
  nav: [],
  pages: [
    {
      path: "profil",
      roles: "all",
      load: () => import("./components/profile-page").then((m) => ({ default: m.ProfilePage })),
    },
  ],
};
