// Which roles hold the registry module's permissions (region scope is checked apart). Listed in the
// manifest, so the authorisation matrix and the permission-table test see every module's rows.
import { type PermissionTable, permissionsFor } from "../access";

export const REGISTRY_PERMISSIONS = {
  "registry.read": ["admin_provinsi", "operator_kabkota", "pendamping", "pimpinan", "konsultan_plut"],
  "registry.write": ["admin_provinsi", "operator_kabkota", "pendamping"],
  "registry.import": ["admin_provinsi", "operator_kabkota"],
  "registry.reveal_nik": ["admin_provinsi", "operator_kabkota"],
  "constraints.manage": ["admin_provinsi", "operator_kabkota", "pendamping", "konsultan_plut"],
} as const satisfies PermissionTable;

/** The registry verbs' permission checks (its own permissions and access's shared ones). */
export const { requirePermission, hasPermission, rolesOf } = permissionsFor(REGISTRY_PERMISSIONS);
