// Starting a dedup run over the user's scope and following it live (SSE progress bar), with the
// last run's figures once it is done.
import { Button, Group, Paper, Progress, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../components/ui/error-alert";
import { useJobProgress } from "../../../lib/use-job-progress";
import { useRefreshLinkage, useRuns, useStartRun } from "../hooks/use-linkage";
import { formatMoment } from "../lib/format";

type Stats = { records?: number; pairsStored?: number; seconds?: number };

export function RunPanel({ scope }: { scope: string }) {
  const { t, i18n } = useTranslation();
  const runs = useRuns();
  const start = useStartRun();
  const refresh = useRefreshLinkage();
  const [jobId, setJobId] = useState<string | null>(null);
  const progress = useJobProgress(jobId, () => void refresh());
  const last = runs.data?.[0];
  const stats = (last?.stats ?? {}) as Stats;
  const running = progress.state === "running" || start.isPending;
  return (
    <Paper withBorder p="md" mb="md" data-testid="run-panel">
      <Group justify="space-between" align="center" wrap="wrap" gap="sm">
        <Stack gap={2}>
          {last ? (
            <Text size="sm">
              {t("linkage.runs.last", {
                when: formatMoment(last.createdAt, { scope, language: i18n.language }),
                name: last.startedByName,
              })}
            </Text>
          ) : (
            <Text size="sm" c="dimmed">
              {t("linkage.runs.never")}
            </Text>
          )}
          {last?.state === "completed" ? (
            <Text size="sm" c="dimmed" data-testid="run-result">
              {t("linkage.runs.done", {
                records: stats.records ?? 0,
                pairs: stats.pairsStored ?? 0,
                seconds: stats.seconds ?? 0,
              })}
            </Text>
          ) : null}
        </Stack>
        <Button
          loading={running}
          onClick={() => start.mutate(undefined, { onSuccess: (r) => setJobId(r.jobId) })}
        >
          {t("linkage.runs.start")}
        </Button>
      </Group>
      {progress.state === "running" ? (
        <Stack gap={4} mt="sm">
          <Progress value={progress.percent} animated aria-label={t("linkage.runs.start")} />
          <Text size="xs" c="dimmed" role="status">
            {t("linkage.runs.running", { message: progress.message || t("linkage.runs.starting") })}
          </Text>
        </Stack>
      ) : null}
      {progress.state === "failed" ? (
        <ErrorAlert error={new Error(t("linkage.runs.failed", { message: progress.message }))} />
      ) : null}
      <ErrorAlert error={start.error} />
    </Paper>
  );
}
