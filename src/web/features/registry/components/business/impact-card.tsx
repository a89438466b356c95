// Impact assessments, newest first: affected or not, turnover before → now with the drop, workers
// laid off or sent home, causes and needs.
import { Badge, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Impact } from "../../../../../server/modules/registry/contract-business-page";
import { formatRupiah } from "../../../../../shared/money";
import { AFFECTED_REASONS, NEEDS } from "../../../../../shared/registry-vocab";
import { formatDay } from "../../lib/format";

const known = <T extends string>(list: readonly T[], values: readonly string[]): T[] =>
  values.filter((value): value is T => list.some((item) => item === value));

function Turnover({ impact }: { impact: Impact }) {
  const { t } = useTranslation();
  const { turnoverBefore: before, turnoverAfter: after } = impact;
  if (before === null && after === null) return null;
  const drop = before && after !== null && before > 0 ? Math.round(((before - after) / before) * 100) : null;
  return (
    <Text size="sm">
      {t("registry.business.turnover")}: {before === null ? "—" : formatRupiah(before)} →{" "}
      <Text span fw={600}>
        {after === null ? "—" : formatRupiah(after)}
      </Text>
      {drop !== null && drop > 0 ? (
        <Text span c="red.7" size="sm">
          {" "}
          ({t("registry.business.drop", { percent: drop })})
        </Text>
      ) : null}
    </Text>
  );
}

export function ImpactCard({ impacts, scope }: { impacts: readonly Impact[]; scope: string }) {
  const { t, i18n } = useTranslation();
  return (
    <Paper
      withBorder
      p={{ base: "sm", sm: "md" }}
      component="section"
      aria-label={t("registry.business.impact")}
    >
      <Title order={2} fz="h5" mb="sm">
        {t("registry.business.impact")}
      </Title>
      {impacts.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("registry.business.noImpact")}
        </Text>
      ) : (
        <Stack gap="sm">
          {impacts.map((impact) => (
            <Stack
              key={impact.id}
              gap={4}
              pb="sm"
              style={{ borderBottom: "1px solid var(--mantine-color-gray-2)" }}
            >
              <Group gap="xs">
                <Badge color={impact.affected ? "orange" : "gray"} variant="light">
                  {impact.affected ? t("registry.form.affectedYes") : t("registry.form.affectedNo")}
                </Badge>
                <Text size="xs" c="dimmed">
                  {t("registry.business.assessedOn", {
                    date: formatDay(impact.assessedOn, { scope, language: i18n.language }),
                  })}
                </Text>
              </Group>
              <Turnover impact={impact} />
              {impact.workersLaidOff || impact.workersSentHome ? (
                <Text size="sm">
                  {t("registry.business.workers", {
                    laidOff: impact.workersLaidOff ?? 0,
                    sentHome: impact.workersSentHome ?? 0,
                  })}
                </Text>
              ) : null}
              <Group gap={4}>
                {known(AFFECTED_REASONS, impact.reasons).map((reason) => (
                  <Badge key={reason} size="sm" variant="outline" color="orange">
                    {t(`registry.reasons.${reason}`)}
                  </Badge>
                ))}
                {known(NEEDS, impact.needs).map((need) => (
                  <Badge key={need} size="sm" variant="outline" color="blue">
                    {t(`registry.needs.${need}`)}
                  </Badge>
                ))}
              </Group>
              {impact.reasonNote ? <Text size="sm">{impact.reasonNote}</Text> : null}
              {impact.needsNote ? <Text size="sm">{impact.needsNote}</Text> : null}
            </Stack>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
