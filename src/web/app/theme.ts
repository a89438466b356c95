// Mantine theme: a calm teal primary, rounded controls and the system font stack (no web-font
// download, which matters on field assistants' mobile data). Built per language so the few labels
// Mantine renders itself (password toggle, close and clear buttons) are translated too.
import { createTheme, type MantineThemeOverride } from "@mantine/core";
import type { TFunction } from "i18next";

export function createAppTheme(t: TFunction): MantineThemeOverride {
  const close = { "aria-label": t("common.close") };
  const clear = { "aria-label": t("common.clear") };
  return createTheme({
    primaryColor: "teal",
    primaryShade: { light: 7, dark: 5 },
    defaultRadius: "md",
    fontFamily:
      "Inter, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', sans-serif",
    headings: { fontWeight: "650" },
    cursorType: "pointer",
    components: {
      Button: { defaultProps: { radius: "md" } },
      Paper: { defaultProps: { radius: "md" } },
      Card: { defaultProps: { radius: "md" } },
      Badge: { styles: { root: { textTransform: "none" } } },
      Modal: {
        defaultProps: { closeButtonProps: close },
        styles: { title: { fontWeight: 650, fontSize: "var(--mantine-font-size-lg)" } },
      },
      Drawer: { defaultProps: { closeButtonProps: close } },
      PasswordInput: {
        defaultProps: { visibilityToggleButtonProps: { "aria-label": t("common.togglePassword") } },
      },
      Select: { defaultProps: { clearButtonProps: clear } },
      Notification: { defaultProps: { closeButtonProps: close } },
    },
  });
}
