// Tindak lanjut: the training follow-ups due (3 and 6 months after a held training), upcoming,
// recorded, or missed (a 3-month one left unrecorded once the 6-month one is in), with a form to
// record each due outcome.
import { Badge, Button, Card, Chip, Group, Skeleton, Stack, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { formatRupiah } from "../../../../shared/money";
import { ErrorAlert } from "../../../components/ui/error-alert";
import { PageHeader } from "../../../components/ui/page-header";
import { useCurrentUser } from "../../../lib/session/current-user";
import { type FollowUp, type FollowUpState, fetchFollowUps } from "../api";
import { RecordOutcomeModal } from "./record-outcome-modal";

const STATES: readonly FollowUpState[] = ["due", "upcoming", "recorded", "missed"];
const canRecord = (role: string) => ["admin_provinsi", "operator_kabkota", "konsultan_plut"].includes(role);

export function FollowUpsPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [state, setState] = useState<FollowUpState>("due");
  const [editing, setEditing] = useState<FollowUp | null>(null);
  const list = useQuery({
    queryKey: ["outcomes", "follow-ups", state],
    queryFn: ({ signal }) => fetchFollowUps(state, signal),
  });
  return (
    <>
      <PageHeader title={t("outcomes.title")} subtitle={t("outcomes.subtitle")} />
      {/* Chips wrap onto a second line on a narrow phone; four segments did not fit. */}
      <Chip.Group value={state} onChange={(v) => setState(v as FollowUpState)}>
        <Group gap="xs" mb="md" wrap="wrap">
          {STATES.map((s) => (
            <Chip key={s} value={s} variant="light">
              {t(`outcomes.states.${s}`)}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
      <ErrorAlert error={list.error} />
      {list.isPending ? <Skeleton h={160} /> : null}
      {list.data?.length === 0 ? <Text c="dimmed">{t("outcomes.none")}</Text> : null}
      <Stack gap="sm">
        {(list.data ?? []).map((f) => (
          <Card key={`${f.participantId}-${f.checkpoint}`} withBorder radius="md" data-testid="follow-up">
            <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
              <div style={{ minWidth: 0, flex: "1 1 240px" }}>
                <Text fw={600}>{f.businessName}</Text>
                <Text size="sm" c="dimmed">
                  {f.ownerName} · {f.businessRegion}
                </Text>
                <Text size="sm">
                  {f.eventTitle} · {t("outcomes.event", { date: f.eventOn })}
                </Text>
              </div>
              <Stack gap={4} align="flex-end">
                <Badge variant="light">{t("outcomes.checkpoint", { months: f.checkpoint })}</Badge>
                <Text size="sm" c={state === "due" ? "orange.8" : "dimmed"}>
                  {t("outcomes.due", { date: f.dueOn })}
                </Text>
              </Stack>
            </Group>
            {f.outcome ? (
              <Text size="sm" mt="xs">
                {t("outcomes.recorded", {
                  size: t(`registry.sizes.${f.outcome.sizeClass}`),
                  turnover: formatRupiah(f.outcome.monthlyTurnover),
                  by: f.outcome.recordedBy,
                })}
              </Text>
            ) : null}
            {state === "due" && canRecord(me.role) ? (
              <Group mt="xs">
                <Button size="sm" onClick={() => setEditing(f)}>
                  {t("outcomes.record")}
                </Button>
              </Group>
            ) : null}
          </Card>
        ))}
      </Stack>
      <RecordOutcomeModal
        key={editing ? `${editing.participantId}-${editing.checkpoint}` : "none"}
        item={editing}
        onClose={() => setEditing(null)}
      />
    </>
  );
}
