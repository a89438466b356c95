// Where the record came from: office form, field assistant, or an import batch with sheet and row.
import { Badge, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Source } from "../../../../../server/modules/registry/contract-business-page";
import { formatMoment } from "../../lib/format";

export function SourcesCard({ sources, scope }: { sources: readonly Source[]; scope: string }) {
  const { t, i18n } = useTranslation();
  return (
    <Paper
      withBorder
      p={{ base: "sm", sm: "md" }}
      component="section"
      aria-label={t("registry.business.sources")}
    >
      <Title order={2} fz="h5" mb="sm">
        {t("registry.business.sources")}
      </Title>
      <Stack gap="xs">
        {sources.map((source) => {
          const detail = [
            source.userName ? t("registry.business.by", { name: source.userName }) : null,
            source.officeCode,
            source.importBatchId
              ? t("registry.business.batch", { id: source.importBatchId.slice(0, 8) })
              : null,
            source.sheet ? t("registry.business.sheet", { sheet: source.sheet }) : null,
            source.rowNumber === null ? null : t("registry.business.sourceRow", { row: source.rowNumber }),
            source.tag,
          ].filter(Boolean);
          return (
            <div key={source.id} data-testid="source">
              <Group gap="xs">
                <Badge size="sm" variant="light">
                  {t(`registry.sources.${source.kind}`)}
                </Badge>
                <Text size="xs" c="dimmed">
                  {source.entityType === "person"
                    ? t("registry.business.owner")
                    : t("registry.business.details")}{" "}
                  · {formatMoment(source.createdAt, { scope, language: i18n.language })}
                </Text>
              </Group>
              {detail.length > 0 ? <Text size="sm">{detail.join(" · ")}</Text> : null}
              {source.note ? (
                <Text size="sm" c="dimmed">
                  {source.note}
                </Text>
              ) : null}
            </div>
          );
        })}
      </Stack>
    </Paper>
  );
}
