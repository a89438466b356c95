// Auth: sign-in and the user's own account settings. The signed-in user itself (useCurrentUser,
// the /api/auth/me query) lives in lib/session, so every feature reads it without importing this
// one. Pages (login, profile) are loaded lazily by the router and ./module.ts.
export { useLogout } from "./hooks/use-auth-mutations";
