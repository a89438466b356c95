// Training follow-ups (outcomes 3 and 6 months after a held training), kept apart from the training
// feature's pages; the server side lives in modules/training/outcomes.
import type { Role } from "../../lib/roles";
import type { WebModule } from "../../lib/web-module";

const readers: readonly Role[] = ["admin_provinsi", "operator_kabkota", "konsultan_plut", "pimpinan"];

export const outcomesModule: WebModule = {
  id: "outcomes",
  nav: [{ path: "/app/tindak-lanjut", labelKey: "followUps", roles: readers, icon: "clipboard", order: 57 }],
  pages: [
    {
      path: "tindak-lanjut",
      roles: readers,
      load: () => import("./components/follow-ups-page").then((m) => ({ default: m.FollowUpsPage })),
    },
  ],
};
