// Which roles may do what in the registry screens (the server checks again: this only hides
// buttons a role could not use). Mirrors access/domain/permissions.ts.
import type { Role } from "../../../lib/roles";

const constraintManagers: readonly Role[] = [
  "admin_provinsi",
  "operator_kabkota",
  "pendamping",
  "konsultan_plut",
];
const nikRevealers: readonly Role[] = ["admin_provinsi", "operator_kabkota"];
const writers: readonly Role[] = ["admin_provinsi", "operator_kabkota", "pendamping"];

export const canManageConstraints = (role: Role) => constraintManagers.includes(role);
export const canRevealNik = (role: Role) => nikRevealers.includes(role);
export const canWriteRegistry = (role: Role) => writers.includes(role);

const storeManagers: readonly Role[] = ["admin_provinsi", "konsultan_plut"];
/** May turn a production pivot into a store product (market.manage). */
export const canManageStore = (role: Role) => storeManagers.includes(role);
