// Which roles hold the aid module's permissions (region scope is checked apart). Listed in the
// manifest, so the authorisation matrix and the permission-table test see every module's rows.
import { type PermissionTable, permissionsFor } from "../access";

export const AID_PERMISSIONS = {
  "aid.manage_programmes": ["admin_provinsi"],
  "aid.propose": ["admin_provinsi", "operator_kabkota"],
  "aid.verify": ["admin_provinsi"],
  "aid.read": ["admin_provinsi", "operator_kabkota", "pimpinan"],
} as const satisfies PermissionTable;

/** The aid verbs' permission checks (its own permissions and access's shared ones). */
export const { requirePermission, hasPermission, rolesOf } = permissionsFor(AID_PERMISSIONS);
