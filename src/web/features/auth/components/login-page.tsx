// Sign-in page (/masuk). Bahasa Indonesia unless the visitor switched language here before.
import { Anchor, Box, Center, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useDocumentTitle } from "@mantine/hooks";
import { Link, useNavigate, useSearch } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { Brand } from "../../../components/ui/brand";
import { LanguageSwitch } from "../../../components/ui/language-switch";
import { LoginForm } from "./login-form";

export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { redirect } = useSearch({ from: "/masuk" });
  useDocumentTitle(`${t("auth.signInTitle")} · Sinergi`);

  return (
    <Box
      mih="100vh"
      style={{
        background:
          "radial-gradient(1200px 600px at 10% -10%, var(--mantine-color-teal-1), transparent 60%), var(--mantine-color-gray-0)",
      }}
    >
      <Group justify="space-between" p="md" wrap="nowrap">
        <Brand />
        <LanguageSwitch />
      </Group>
      <Center px="md" py={{ base: "md", sm: 48 }}>
        <Stack w="100%" maw={420} gap="lg">
          <Paper withBorder shadow="sm" p={{ base: "lg", sm: "xl" }}>
            <Title order={1} fz="h2">
              {t("auth.signInTitle")}
            </Title>
            <Text c="dimmed" size="sm" mt={4} mb="lg">
              {t("auth.signInSubtitle")}
            </Text>
            <LoginForm onSuccess={() => void navigate({ href: redirect ?? "/app", replace: true })} />
          </Paper>
          <Group justify="space-between" px={4}>
            <Text size="xs" c="dimmed">
              {t("auth.footer")}
            </Text>
            <Anchor size="sm" renderRoot={(props) => <Link to="/toko" {...props} />}>
              {t("auth.publicStoreLink")}
            </Anchor>
          </Group>
        </Stack>
      </Center>
    </Box>
  );
}
