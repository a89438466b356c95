// Registry (S2, S3, S7): the register list and business pages, the phone-first entry form that
// works offline with its send queue, and the constraints (kendala) board. Pages are lazy chunks.
import type { Role } from "../../lib/roles";
import type { WebModule } from "../../lib/web-module";

const readers: readonly Role[] = [
  "admin_provinsi",
  "operator_kabkota",
  "pendamping",
  "pimpinan",
  "konsultan_plut",
];
const writers: readonly Role[] = ["admin_provinsi", "operator_kabkota", "pendamping"];
const boardRoles: readonly Role[] = [
  "admin_provinsi",
  "operator_kabkota",
  "pendamping",
  "konsultan_plut",
  "pimpinan",
];

const entryPage = () =>
  import("./components/entry/field-entry-page").then((m) => ({ default: m.FieldEntryPage }));
const listPage = () =>
  import("./components/list/registry-list-page").then((m) => ({ default: m.RegistryListPage }));

export const registryModule: WebModule = {
  id: "registry",
  nav: [
    {
      path: "/app/registri",
      labelKey: "registry",
      roles: ["admin_provinsi", "operator_kabkota", "pimpinan", "pendamping"],
      icon: "database",
      order: 40,
    },
    {
      path: "/app/lapangan",
      labelKey: "fieldCollection",
      roles: ["pendamping"],
      icon: "clipboard",
      order: 35,
    },
    { path: "/app/antrean", labelKey: "sendQueue", roles: ["pendamping"], icon: "upload", order: 36 },
    { path: "/app/kendala", labelKey: "constraints", roles: boardRoles, icon: "alert", order: 46 },
  ],
  pages: [
    { path: "registri", roles: readers, load: listPage },
    { path: "registri/baru", roles: writers, load: entryPage },
    {
      path: "registri/koperasi",
      roles: readers,
      load: () =>
        import("./components/cooperative/cooperative-list-page").then((m) => ({
          default: m.CooperativeListPage,
        })),
    },
    {
      path: "registri/koperasi/$cooperativeId",
      roles: readers,
      load: () =>
        import("./components/cooperative/cooperative-page").then((m) => ({ default: m.CooperativePage })),
    },
    {
      path: "registri/$businessId",
      roles: readers,
      load: () => import("./components/business/business-page").then((m) => ({ default: m.BusinessPage })),
    },
    { path: "lapangan", roles: writers, load: entryPage },
    {
      path: "antrean",
      roles: writers,
      load: () => import("./components/queue/queue-page").then((m) => ({ default: m.QueuePage })),
    },
    {
      path: "kendala",
      roles: boardRoles,
      load: () =>
        import("./components/board/constraints-board-page").then((m) => ({
          default: m.ConstraintsBoardPage,
        })),
    },
  ],
  // lent to the home page (lib/slots.tsx)
  slots: {
    homeQueue: () => import("./components/queue/home-queue-card").then((m) => ({ default: m.HomeQueueCard })),
  },
  headerWidgets: [
    {
      roles: writers,
      load: () => import("./components/queue-header-badge").then((m) => ({ default: m.QueueHeaderBadge })),
    },
  ],
};
