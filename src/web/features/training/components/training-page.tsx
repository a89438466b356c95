// Pelatihan: the trainings in the user's scope with status, mode, funding and seats.
import { Badge, Button, Card, Group, Skeleton, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { formatRupiah } from "../../../../shared/money";
import { ErrorAlert } from "../../../components/ui/error-alert";
import { Icon } from "../../../components/ui/icons";
import { PageHeader } from "../../../components/ui/page-header";
import { useCurrentUser } from "../../../lib/session/current-user";
import { useEvents } from "../hooks/use-training";
import { canManageTraining, STATUS_COLOR } from "../lib";
import { CreateEventModal } from "./create-event-modal";
import { EventLink } from "./event-link";

export function TrainingPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const events = useEvents();
  const [creating, setCreating] = useState(false);
  return (
    <>
      <PageHeader
        title={t("training.title")}
        subtitle={t("training.subtitle")}
        actions={
          canManageTraining(me.role) ? (
            <Button leftSection={<Icon name="plus" size={18} />} onClick={() => setCreating(true)}>
              {t("training.newEvent")}
            </Button>
          ) : null
        }
      />
      <ErrorAlert error={events.error} />
      {events.isPending ? <Skeleton h={200} /> : null}
      {events.data?.length === 0 ? <Text c="dimmed">{t("training.noEvents")}</Text> : null}
      <Stack gap="sm">
        {(events.data ?? []).map((e) => (
          <Card key={e.id} withBorder radius="md" data-testid="training-card">
            <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
              <div style={{ minWidth: 0, flex: "1 1 260px" }}>
                <EventLink fw={600} href={`/app/pelatihan/${e.id}`}>
                  {e.title}
                </EventLink>
                <Text size="sm" c="dimmed">
                  {e.topic} · {e.startsOn} · {e.regionName ?? e.regionCode}
                </Text>
                {e.status === "postponed" && e.lastReason ? (
                  <Text size="sm" c="orange.8">
                    {e.lastReason}
                  </Text>
                ) : null}
              </div>
              <Badge color={STATUS_COLOR[e.status]} variant="light" size="lg">
                {t(`training.statuses.${e.status}`)}
              </Badge>
            </Group>
            <Group gap="xs" mt="xs">
              <Badge variant="outline">{t(`training.modes.${e.mode}`)}</Badge>
              <Badge variant="outline">
                {t(`training.funds.${e.fundingSource}`)} · {formatRupiah(e.budget)}
              </Badge>
              <Badge variant="outline">
                {t("training.seats")}: {e.participants}/{e.quota}
              </Badge>
            </Group>
          </Card>
        ))}
      </Stack>
      <CreateEventModal opened={creating} onClose={() => setCreating(false)} />
    </>
  );
}
