// The shell's own navigation: the home page every role lands on after signing in.
import type { WebModule } from "../lib/web-module";

export const shellModule: WebModule = {
  id: "shell",
  nav: [{ path: "/app", labelKey: "home", roles: "all", icon: "home", order: 0 }],
  pages: [],
};
