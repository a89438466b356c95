// Where the PLUT is, when it is open, a map link and its WhatsApp: on the store and tracking pages.
import { Anchor, Group, Paper, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { openingHoursFor } from "../../../shared/opening-hours";
import type { PlutInfo } from "./api";

export function PlutCard({ plut, code }: { plut: PlutInfo; code?: string }) {
  const { t, i18n } = useTranslation();
  const wa = plut.whatsapp?.replace(/\D/g, "");
  const hours = openingHoursFor(plut, i18n.language);
  return (
    <Paper withBorder p="md" radius="md" data-testid="plut-card">
      <Stack gap={4}>
        <Text fw={700}>{plut.name}</Text>
        {plut.address ? (
          <Text size="sm">
            {t("shop.plut.address")}: {plut.address}
          </Text>
        ) : null}
        {hours ? (
          <Text size="sm" data-testid="plut-hours">
            {t("shop.plut.hours")}: {hours}
          </Text>
        ) : null}
        <Group gap="md" mt={4}>
          {plut.mapUrl ? (
            <Anchor href={plut.mapUrl} target="_blank" rel="noopener" size="sm" data-testid="plut-map">
              {t("shop.plut.map")}
            </Anchor>
          ) : null}
          {wa ? (
            <Anchor
              href={`https://wa.me/${wa}${code ? `?text=${encodeURIComponent(code)}` : ""}`}
              target="_blank"
              rel="noopener"
              size="sm"
              c="green.8"
            >
              {t("shop.contactPlut")}
            </Anchor>
          ) : null}
        </Group>
      </Stack>
    </Paper>
  );
}
