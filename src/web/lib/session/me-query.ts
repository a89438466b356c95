// The signed-in user, cached for the whole session: route guards read it with ensureQueryData and
// the global 401 handler resets it to null.
import { queryOptions } from "@tanstack/react-query";
import { fetchMe } from "./auth-api";

export const meQueryKey = ["auth", "me"] as const;

export const meQueryOptions = queryOptions({
  queryKey: meQueryKey,
  queryFn: ({ signal }) => fetchMe(signal),
  staleTime: Number.POSITIVE_INFINITY,
  gcTime: Number.POSITIVE_INFINITY,
  retry: false,
});
