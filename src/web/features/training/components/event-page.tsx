// One training: its facts, the status actions and history (who, when, why), and its participants.
import {
  Anchor,
  Badge,
  Card,
  Group,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  Timeline,
  Title,
} from "@mantine/core";
import { useParams } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { localStamp } from "../../../../shared/local-time";
import { formatRupiah } from "../../../../shared/money";
import { ErrorAlert } from "../../../components/ui/error-alert";
import { PageHeader } from "../../../components/ui/page-header";
import { useCurrentUser } from "../../../lib/session/current-user";
import type { EventDetail } from "../api/types";
import { DeskPanel } from "../engagement/desk-panel";
import { useEvent } from "../hooks/use-training";
import { canManageTraining, STATUS_COLOR, sizeKey } from "../lib";
import { ParticipantsPanel } from "./participants-panel";
import { StatusActions } from "./status-actions";

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" style={{ overflowWrap: "anywhere" }}>
        {children}
      </Text>
    </div>
  );
}

function Facts({ event }: { event: EventDetail }) {
  const { t } = useTranslation();
  const size = sizeKey(event.targetSizeClass);
  return (
    <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
      <Fact label={t("training.mode")}>{t(`training.modes.${event.mode}`)}</Fact>
      <Fact label={t("training.startsOn")}>{event.startsOn}</Fact>
      <Fact label={t("training.fundingSource")}>{t(`training.funds.${event.fundingSource}`)}</Fact>
      <Fact label={t("training.budget")}>{formatRupiah(event.budget)}</Fact>
      <Fact label={t("training.targetSizeClass")}>
        {size ? t(`training.sizes.${size}`) : t("training.anySize")}
      </Fact>
      <Fact label={t("training.seats")}>
        {event.participants}/{event.quota} · {t("training.attendedCount")} {event.attended}
      </Fact>
      <Fact label={t("training.region")}>{event.regionName ?? event.regionCode}</Fact>
      <Fact label={t("training.trainers")}>{event.trainers.join(", ") || "–"}</Fact>
      {event.venue ? <Fact label={t("training.venue")}>{event.venue}</Fact> : null}
      {event.onlineLink ? (
        <Fact label={t("training.onlineLink")}>
          <Anchor href={event.onlineLink} target="_blank" rel="noreferrer">
            {event.onlineLink}
          </Anchor>
        </Fact>
      ) : null}
    </SimpleGrid>
  );
}

function History({ event }: { event: EventDetail }) {
  const { t } = useTranslation();
  return (
    <Card withBorder radius="md">
      <Title order={3} size="h4" mb="sm">
        {t("training.history")}
      </Title>
      <Timeline bulletSize={14} lineWidth={2} active={event.history.length - 1} data-testid="status-history">
        {event.history.map((h) => (
          <Timeline.Item key={`${h.at}-${h.to}`} title={t(`training.statuses.${h.to}`)}>
            {h.reason ? <Text size="sm">{h.reason}</Text> : null}
            <Text size="xs" c="dimmed">
              {localStamp(new Date(h.at), event.regionCode)} · {t("training.by", { name: h.by })}
            </Text>
          </Timeline.Item>
        ))}
      </Timeline>
    </Card>
  );
}

export function EventPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const { eventId = "" } = useParams({ strict: false }) as { eventId?: string };
  const event = useEvent(eventId);
  if (event.error) return <ErrorAlert error={event.error} />;
  if (!event.data) return <Skeleton h={300} />;
  const e = event.data;
  const manage = canManageTraining(me.role);
  return (
    <>
      <PageHeader title={e.title} subtitle={e.topic} />
      <Stack gap="md">
        <Card withBorder radius="md">
          <Group justify="space-between" mb="sm" wrap="wrap" gap="xs">
            <Badge color={STATUS_COLOR[e.status]} size="lg" variant="light" data-testid="event-status">
              {t(`training.statuses.${e.status}`)}
            </Badge>
            {manage ? <StatusActions event={e} /> : null}
          </Group>
          {e.lastReason ? (
            <Text size="sm" mb="sm">
              {t("training.lastReason")}: {e.lastReason}
            </Text>
          ) : null}
          <Facts event={e} />
        </Card>
        <ParticipantsPanel event={e} canManage={manage} />
        <DeskPanel event={e} canManage={manage} />
        <History event={e} />
      </Stack>
    </>
  );
}
