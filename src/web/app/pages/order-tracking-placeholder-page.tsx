// Placeholder of public order tracking (/toko/pesanan/:code); the market feature replaces it.
import { Anchor, Paper, Text, Title } from "@mantine/core";
import { Link, useParams } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { PublicFrame } from "../../components/public-frame";

export function OrderTrackingPlaceholderPage() {
  const { t } = useTranslation();
  const { code } = useParams({ from: "/toko/pesanan/$code" });
  return (
    <PublicFrame>
      <Title order={1}>{t("store.trackTitle")}</Title>
      <Text c="dimmed" mt="xs" ff="monospace">
        {t("store.trackCode", { code })}
      </Text>
      <Paper withBorder p="xl" mt="xl" ta="center">
        <Text>{t("store.trackSoon")}</Text>
        <Anchor mt="md" display="inline-block" renderRoot={(props) => <Link to="/toko" {...props} />}>
          {t("store.backToStore")}
        </Anchor>
      </Paper>
    </PublicFrame>
  );
}
