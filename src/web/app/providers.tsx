// Everything the whole app shares: theme, data cache, translations and toasts. The same providers
// wrap the public store and the staff area.
import "@mantine/core/styles.css";
import "@mantine/charts/styles.css";
import "@mantine/notifications/styles.css";
import "./global.css";
import { MantineProvider } from "@mantine/core";
import { Notifications } from "@mantine/notifications";
import { type QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { type ReactNode, useMemo } from "react";
import { I18nextProvider, useTranslation } from "react-i18next";
import { i18n } from "../i18n";
import { createAppTheme } from "./theme";

function ThemedMantine({ children }: { children: ReactNode }) {
  const { t, i18n: active } = useTranslation();
  // biome-ignore lint/correctness/useExhaustiveDependencies: the theme's labels change with the language
  const theme = useMemo(() => createAppTheme(t), [t, active.language]);
  return (
    <MantineProvider theme={theme} defaultColorScheme="light">
      <Notifications position="bottom-right" limit={4} />
      {children}
    </MantineProvider>
  );
}

export function Providers({ queryClient, children }: { queryClient: QueryClient; children: ReactNode }) {
  return (
    <I18nextProvider i18n={i18n}>
      <ThemedMantine>
        <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
      </ThemedMantine>
    </I18nextProvider>
  );
}
