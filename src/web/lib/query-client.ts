// One QueryClient for the app. Client errors (4xx) are not retried; any 401 from a data request
// means the session ended, which `onUnauthenticated` turns into "signed out".
import { MutationCache, QueryCache, QueryClient } from "@tanstack/react-query";
import { isApiError } from "./api-error";

function shouldRetry(failureCount: number, error: unknown): boolean {
  if (isApiError(error) && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}

export function createAppQueryClient(options: { onUnauthenticated: () => void }): QueryClient {
  const handle = (error: unknown) => {
    if (isApiError(error) && error.status === 401 && error.code !== "INVALID_CREDENTIALS") {
      options.onUnauthenticated();
    }
  };
  return new QueryClient({
    queryCache: new QueryCache({ onError: handle }),
    mutationCache: new MutationCache({ onError: handle }),
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 30_000, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
}
