// "Semua catatan sumber": every record of the business's entity (the records a dedup run found to
// be the same business, merged ones included) with where each came from. The registry's business
// page mounts it: <EntitySources businessId={business.id} scope={me.scope} />.
import { Badge, Group, Paper, Skeleton, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useEntity } from "../hooks/use-linkage";
import { formatMoment } from "../lib/format";
import { sourceKey } from "../lib/labels";

export function EntitySources({ businessId, scope }: { businessId: string; scope: string }) {
  const { t, i18n } = useTranslation();
  const entity = useEntity(businessId);
  if (entity.isError) return null;
  const records = entity.data?.records ?? [];
  return (
    <Paper
      withBorder
      p={{ base: "sm", sm: "md" }}
      component="section"
      aria-label={t("linkage.entity.title")}
      data-testid="entity-sources"
    >
      <Title order={2} fz="h5">
        {t("linkage.entity.title")}
      </Title>
      <Text size="xs" c="dimmed" mb="sm">
        {t("linkage.entity.subtitle")}
      </Text>
      {entity.isPending ? <Skeleton h={60} /> : null}
      {records.length === 1 ? (
        <Text size="sm" c="dimmed">
          {t("linkage.entity.single")}
        </Text>
      ) : null}
      <Stack gap="xs">
        {records.length > 1
          ? records.map((r) => (
              <div key={r.businessId} data-testid="entity-record" data-business-id={r.businessId}>
                <Group gap="xs">
                  <Text size="sm" fw={500}>
                    {r.businessName} — {r.ownerName}
                  </Text>
                  {r.businessId === businessId ? <Badge size="xs">{t("linkage.entity.this")}</Badge> : null}
                  {r.mergedInto ? (
                    <Badge size="xs" color="gray">
                      {t("linkage.entity.mergedInto")}
                    </Badge>
                  ) : null}
                </Group>
                <Text size="xs" c="dimmed">
                  {[
                    t(sourceKey(r.sourceKind)),
                    ...r.sources.map((s) => s.userName).filter(Boolean),
                    r.nikMasked,
                    r.regionCode,
                    formatMoment(r.createdAt, { scope, language: i18n.language }),
                  ]
                    .filter(Boolean)
                    .join(" · ")}
                </Text>
              </div>
            ))
          : null}
      </Stack>
    </Paper>
  );
}
