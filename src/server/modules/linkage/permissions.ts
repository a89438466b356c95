// Which roles hold the linkage module's permissions (region scope is checked apart). Listed in the
// manifest, so the authorisation matrix and the permission-table test see every module's rows.
import { type PermissionTable, permissionsFor } from "../access";
import { REGISTRY_PERMISSIONS } from "../registry";

export const LINKAGE_PERMISSIONS = {
  "linkage.run": ["admin_provinsi", "operator_kabkota"],
  "linkage.review": ["admin_provinsi", "operator_kabkota"],
  "linkage.read": ["admin_provinsi", "operator_kabkota", "pimpinan"],
  "linkage.hint": ["admin_provinsi", "operator_kabkota", "pendamping"],
} as const satisfies PermissionTable;

/** The linkage verbs' permission checks (its own permissions and access's shared ones). */
export const { requirePermission, hasPermission, rolesOf } = permissionsFor({
  ...LINKAGE_PERMISSIONS,
  "registry.read": REGISTRY_PERMISSIONS["registry.read"],
});
