import type { Role } from "../modules/access";

export type DemoUser = { username: string; displayName: string; role: Role; scope: string };

/** The demo accounts printed at start (one per role, Kalimantan Tengah). */
export const DEMO_USERS: DemoUser[] = [
  { username: "admin.kalteng", displayName: "Admin Diskop UKM Kalteng", role: "admin_provinsi", scope: "62" },
  {
    username: "operator.palangkaraya",
    displayName: "Operator Kota Palangka Raya",
    role: "operator_kabkota",
    scope: "62.71",
  },
  {
    username: "operator.kotim",
    displayName: "Operator Kab. Kotawaringin Timur",
    role: "operator_kabkota",
    scope: "62.02",
  },
  {
    username: "pendamping.palangkaraya",
    displayName: "Pendamping Palangka Raya",
    role: "pendamping",
    scope: "62.71",
  },
  { username: "konsultan.plut", displayName: "Konsultan PLUT Kalteng", role: "konsultan_plut", scope: "62" },
  {
    username: "pimpinan.kalteng",
    displayName: "Kepala Dinas Koperasi dan UKM Kalteng",
    role: "pimpinan",
    scope: "62",
  },
];
