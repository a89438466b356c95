// Composes the app: query client (with the "session ended" reaction), router and providers.
import { RouterProvider } from "@tanstack/react-router";
import { useState } from "react";
import { createAppQueryClient } from "../lib/query-client";
import { meQueryKey } from "../lib/session/me-query";
import { Providers } from "./providers";
import { createAppRouter } from "./router";

function createApp() {
  const queryClient = createAppQueryClient({
    // The staff layout watches the cached Me; null sends the user to the login page.
    onUnauthenticated: () => queryClient.setQueryData(meQueryKey, null),
  });
  const router = createAppRouter(queryClient);
  return { queryClient, router };
}

export function App() {
  const [{ queryClient, router }] = useState(createApp);
  return (
    <Providers queryClient={queryClient}>
      <RouterProvider router={router} />
    </Providers>
  );
}
