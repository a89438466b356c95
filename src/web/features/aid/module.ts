// Aid (S6, S5): programmes, proposals with their problems and evidence, province verification,
// frozen lists, exchange with the ministry and the bank, reconciliation, and the owner's aid status.
import type { Role } from "../../lib/roles";
import type { WebModule } from "../../lib/web-module";

const readers: readonly Role[] = ["admin_provinsi", "operator_kabkota", "pimpinan"];

export const aidModule: WebModule = {
  id: "aid",
  nav: [
    { path: "/app/bantuan", labelKey: "aid", roles: readers, icon: "gift", order: 50 },
    { path: "/app/bantuan-saya", labelKey: "myAid", roles: ["pelaku_usaha"], icon: "gift", order: 12 },
  ],
  pages: [
    {
      path: "bantuan",
      roles: readers,
      load: () => import("./components/aid-page").then((m) => ({ default: m.AidPage })),
    },
    {
      path: "bantuan/usulan/$proposalId",
      roles: readers,
      load: () => import("./components/proposal-page").then((m) => ({ default: m.ProposalPage })),
    },
    {
      path: "bantuan/program/$programmeId",
      roles: readers,
      load: () => import("./components/programme-page").then((m) => ({ default: m.ProgrammePage })),
    },
    {
      path: "bantuan-saya",
      roles: ["pelaku_usaha"],
      load: () => import("./components/my-aid-page").then((m) => ({ default: m.MyAidPage })),
    },
  ],
};
