// Sections other features will build. Each shows "Segera hadir" until a real module registers the
// same path in ./modules.ts, which replaces the placeholder automatically (composeModules).
import type { IconName } from "../components/ui/icons";
import type { Role } from "../lib/roles";
import type { NavEntry, NavLabelKey, StaffPage, WebModule } from "../lib/web-module";

type Planned = { slug: string; labelKey: NavLabelKey; roles: readonly Role[]; icon: IconName; order: number };

const planned: readonly Planned[] = [
  {
    slug: "registri",
    labelKey: "registry",
    roles: ["admin_provinsi", "operator_kabkota"],
    icon: "database",
    order: 40,
  },
  { slug: "impor", labelKey: "import", roles: ["operator_kabkota"], icon: "upload", order: 41 },
  { slug: "duplikat", labelKey: "duplicates", roles: ["operator_kabkota"], icon: "copy", order: 42 },
  { slug: "pencocokan", labelKey: "linkage", roles: ["admin_provinsi"], icon: "link", order: 43 },
  {
    slug: "bantuan",
    labelKey: "aid",
    roles: ["admin_provinsi", "operator_kabkota"],
    icon: "gift",
    order: 50,
  },
  { slug: "lapangan", labelKey: "fieldCollection", roles: ["pendamping"], icon: "clipboard", order: 45 },
  { slug: "kendala", labelKey: "constraints", roles: ["pendamping"], icon: "alert", order: 46 },
  {
    slug: "toko",
    labelKey: "plutItems",
    roles: ["admin_provinsi", "konsultan_plut"],
    icon: "store",
    order: 60,
  },
  { slug: "laporan", labelKey: "reports", roles: ["admin_provinsi"], icon: "chart", order: 80 },
  { slug: "dasbor", labelKey: "dashboard", roles: ["pimpinan"], icon: "dashboard", order: 10 },
  { slug: "usaha", labelKey: "myBusiness", roles: ["pelaku_usaha"], icon: "briefcase", order: 10 },
  { slug: "pesanan", labelKey: "orders", roles: ["pembeli_instansi"], icon: "cart", order: 10 },
];

function comingSoon(labelKey: NavLabelKey): StaffPage["load"] {
  return () =>
    import("./pages/coming-soon-page").then(({ ComingSoonPage }) => ({
      default: () => <ComingSoonPage labelKey={labelKey} />,
    }));
}

export const placeholderModule: WebModule = {
  id: "placeholders",
  nav: planned.map(
    (p): NavEntry => ({
      path: `/app/${p.slug}`,
      labelKey: p.labelKey,
      roles: p.roles,
      icon: p.icon,
      order: p.order,
    }),
  ),
  pages: planned.map((p): StaffPage => ({ path: p.slug, roles: p.roles, load: comingSoon(p.labelKey) })),
};
