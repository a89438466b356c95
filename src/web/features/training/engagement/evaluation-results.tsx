// The evaluation's averages and answers for the operator (and readers) once the training was held.
import { Card, Group, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../components/ui/error-alert";
import { useEvaluations } from "./hooks";

const FIELDS = ["content", "trainer", "usefulness"] as const;

export function EvaluationResults({ eventId }: { eventId: string }) {
  const { t, i18n } = useTranslation();
  const q = useEvaluations(eventId);
  const s = q.data;
  const fmt = (n: number | null) =>
    n === null ? "–" : n.toLocaleString(i18n.language === "en" ? "en-GB" : "id-ID");
  return (
    <Card withBorder radius="md" data-testid="evaluation-results">
      <Title order={3} size="h4" mb="xs">
        {t("training.engagement.evaluations.title")}
      </Title>
      <ErrorAlert error={q.error} />
      {s ? (
        <Stack gap="sm">
          <Text size="sm">
            {t("training.engagement.evaluations.count", { count: s.count, attended: s.attended })}
          </Text>
          <SimpleGrid cols={3} spacing="xs">
            {FIELDS.map((f) => (
              <Paper key={f} withBorder p="xs" radius="sm" ta="center">
                <Text size="xs" c="dimmed">
                  {t(`training.engagement.seat.${f}`)}
                </Text>
                <Text fw={700} size="xl" data-testid={`average-${f}`}>
                  {fmt(s.averages[f])}
                </Text>
              </Paper>
            ))}
          </SimpleGrid>
          {s.count === 0 ? (
            <Text size="sm" c="dimmed">
              {t("training.engagement.evaluations.none")}
            </Text>
          ) : null}
          {s.answers.map((a) => (
            <Paper
              key={a.submittedAt + a.ownerName}
              withBorder
              p="xs"
              radius="sm"
              data-testid="evaluation-answer"
            >
              <Group justify="space-between" wrap="nowrap">
                <Text size="sm" fw={500} truncate>
                  {a.ownerName} · {a.businessName}
                </Text>
                <Text size="sm" ff="monospace">
                  {a.content}/{a.trainer}/{a.usefulness}
                </Text>
              </Group>
              {a.comment ? (
                <Text size="sm" mt={2}>
                  {a.comment}
                </Text>
              ) : null}
            </Paper>
          ))}
        </Stack>
      ) : null}
    </Card>
  );
}
