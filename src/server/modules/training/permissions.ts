// Which roles hold the training module's permissions (region scope is checked apart). Listed in the
// manifest, so the authorisation matrix and the permission-table test see every module's rows.
import { type PermissionTable, permissionsFor } from "../access";

export const TRAINING_PERMISSIONS = {
  "training.manage": ["admin_provinsi", "operator_kabkota", "konsultan_plut"],
  "training.read": ["admin_provinsi", "operator_kabkota", "konsultan_plut", "pimpinan"],
  /** Kartu Prakerja lists are linkage's outside lists: who may upload and read those. */
  "training.prakerja.import": ["admin_provinsi", "operator_kabkota"],
  "training.prakerja.read": ["admin_provinsi", "operator_kabkota", "pimpinan"],
} as const satisfies PermissionTable;

/** The training verbs' permission checks (its own permissions and access's shared ones). */
export const { requirePermission, hasPermission, rolesOf } = permissionsFor(TRAINING_PERMISSIONS);
