// Light frame of the public store pages: a header bar and a centred column. Kept to basic Mantine
// pieces so the store chunk stays small for visitors on mobile data.
import { Anchor, Box, Container, Group, Text } from "@mantine/core";
import { useDocumentTitle } from "@mantine/hooks";
import { Link } from "@tanstack/react-router";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { chooseLanguageSignedOut, isLanguage } from "../i18n";
import { BrandMark } from "./ui/brand";

function LanguageLinks() {
  const { i18n } = useTranslation();
  return (
    <Group gap={6}>
      {(["id", "en"] as const).map((language) => (
        <Anchor
          key={language}
          component="button"
          type="button"
          size="sm"
          fw={i18n.language === language ? 700 : 400}
          c={i18n.language === language ? undefined : "dimmed"}
          aria-pressed={i18n.language === language}
          onClick={() => isLanguage(language) && void chooseLanguageSignedOut(language)}
        >
          {language.toUpperCase()}
        </Anchor>
      ))}
    </Group>
  );
}

/** `title`: the public page's own name (a training page is not the store); the store's by default. */
export function PublicFrame({ children, title }: { children: ReactNode; title?: string }) {
  const { t } = useTranslation();
  useDocumentTitle(title ?? t("store.title"));
  const brand = (
    <Group gap="xs" wrap="nowrap">
      <BrandMark size={28} />
      <Text fw={700}>{title ?? t("store.title")}</Text>
    </Group>
  );
  return (
    <Box mih="100vh">
      <Box component="header" bg="white" style={{ borderBottom: "1px solid var(--mantine-color-gray-3)" }}>
        <Container size="lg" py="sm">
          <Group justify="space-between" wrap="nowrap">
            {title ? (
              brand
            ) : (
              <Anchor underline="never" c="inherit" renderRoot={(props) => <Link to="/toko" {...props} />}>
                {brand}
              </Anchor>
            )}
            <Group gap="md" wrap="nowrap">
              <LanguageLinks />
              <Anchor size="sm" renderRoot={(props) => <Link to="/masuk" {...props} />}>
                {t("store.staffLogin")}
              </Anchor>
            </Group>
          </Group>
        </Container>
      </Box>
      <Container size="lg" py="xl" component="main">
        {children}
      </Container>
    </Box>
  );
}
