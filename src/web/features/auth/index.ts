// Auth: sign-in, the current user and their own account settings. Other features read the
// signed-in user through `useCurrentUser`. Pages (login, profile) are loaded lazily by the router
// and ./module.ts, so they are not exported here.
export type { Me } from "./api/types";
export { CurrentUserProvider, useCurrentUser } from "./hooks/current-user";
export { meQueryKey, meQueryOptions } from "./hooks/me-query";
export { useLogout } from "./hooks/use-auth-mutations";
export { type NewPasswordError, passwordMinLength, validateNewPassword } from "./validation";
