/**
 * access: users, roles, region scopes, sessions, passwords (argon2id) and the hash-chained audit
 * log. Every other business module builds its verbs on the context and checks defined here.
 */
export { recordAudit, type AuditInput } from "./audit";
export { sealAudit, verifyAudit, type VerifyResult } from "./audit-chain";
export { type Actor, type Ctx, actorName, requirePermission, requireScope, requireUser, systemCtx, tx } from "./context";
export type { Me, User } from "./contract";
export { hasPermission, PERMISSIONS, type Permission } from "./domain/permissions";
export { isRole, ROLES, type Role } from "./domain/roles";
export { inScope, isValidScope, scopeWithin, type Scope } from "./domain/scope";
export { CreateUserBody } from "./contract";
export { installAuth } from "./http-auth";
export { jobRoutes } from "./job-routes";
export { createUser, listUsers, updateUser } from "./manage-users";
export { hashPassword } from "./passwords";
export { accessRoutes } from "./routes";
