// "Kartu Prakerja" on the registry's business page (slot prakerjaStatus): the owner's rows on
// Prakerja lists with wave and statuses; nothing for a reader who may not see outside lists.
import { Paper, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { usePrakerjaForBusiness } from "../hooks/use-prakerja";
import { PrakerjaBadges } from "./prakerja-status-badges";

export function PrakerjaOwnerCard({ businessId }: { businessId: string }) {
  const { t } = useTranslation();
  const q = usePrakerjaForBusiness(businessId);
  if (q.isError || q.isPending) return null;
  return (
    <Paper
      withBorder
      p={{ base: "sm", sm: "md" }}
      component="section"
      aria-label={t("training.prakerja.title")}
      data-testid="prakerja-status"
    >
      <Title order={2} fz="h5" mb="xs">
        {t("training.prakerja.title")}
      </Title>
      {q.data.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("training.prakerja.ownerNone")}
        </Text>
      ) : null}
      <Stack gap="xs">
        {q.data.map((s) => (
          <div key={`${s.listId}`}>
            <Text size="sm" fw={500}>
              {s.listName}
            </Text>
            <Text size="xs" c="dimmed">
              {t("training.prakerja.wave", { wave: s.wave ?? "–" })}
              {s.asOf ? ` · ${t("training.prakerja.asOfShort", { date: s.asOf })}` : ""}
              {` · ${t(`training.prakerja.via.${s.via}`)}`}
            </Text>
            <PrakerjaBadges s={s} />
          </div>
        ))}
      </Stack>
    </Paper>
  );
}
