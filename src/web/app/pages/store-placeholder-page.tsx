// Placeholder of the public PLUT store (/toko); the market feature replaces it.
import { Paper, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { PublicFrame } from "../../components/public-frame";

export function StorePlaceholderPage() {
  const { t } = useTranslation();
  return (
    <PublicFrame>
      <Title order={1}>{t("store.title")}</Title>
      <Text c="dimmed" mt="xs">
        {t("store.subtitle")}
      </Text>
      <Paper withBorder p="xl" mt="xl" ta="center">
        <Text>{t("store.soon")}</Text>
      </Paper>
    </PublicFrame>
  );
}
