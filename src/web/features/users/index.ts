// Users: provincial admins manage accounts within their scope. The page is registered through
// ./module.ts (lazy); this surface exposes only the pure helpers.
export type { User } from "./api/types";
export { generatePassword, validateNewUser } from "./validation";
