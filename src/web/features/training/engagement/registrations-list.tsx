// Self-registrations of one training for the operator: pending ones can be linked to a register
// business the matcher found similar, or refused with a reason; decided ones show the outcome.
import { Badge, Button, Card, Group, Paper, Stack, Text, TextInput, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../components/ui/error-alert";
import type { EventDetail } from "../api/types";
import type { Registration } from "./api";
import { useLinkRegistration, useRefuseRegistration, useRegistrations } from "./hooks";

const COLOR = { seated: "green", pending: "yellow", refused: "gray" } as const;

function Pending({ eventId, r }: { eventId: string; r: Registration }) {
  const { t } = useTranslation();
  const link = useLinkRegistration(eventId);
  const refuse = useRefuseRegistration(eventId);
  const [reason, setReason] = useState("");
  const [refusing, setRefusing] = useState(false);
  return (
    <Stack gap={6} mt={6}>
      {r.suggestions.length === 0 ? (
        <Text size="xs" c="dimmed">
          {t("training.engagement.registrations.noSuggestion")}
        </Text>
      ) : null}
      <Group gap={6} wrap="wrap">
        {r.suggestions.map((s) => (
          <Button
            key={s.businessId}
            size="compact-sm"
            variant="light"
            loading={link.isPending}
            onClick={() => link.mutate({ registrationId: r.id, businessId: s.businessId })}
          >
            {t("training.engagement.registrations.linkTo", { name: `${s.businessName} (${s.ownerName})` })}
          </Button>
        ))}
        <Button size="compact-sm" variant="subtle" color="red" onClick={() => setRefusing((v) => !v)}>
          {t("training.engagement.registrations.refuse")}
        </Button>
      </Group>
      {refusing ? (
        <Group gap={6} align="flex-end" wrap="wrap">
          <TextInput
            size="xs"
            label={t("training.engagement.registrations.reason")}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            style={{ flex: 1, minWidth: 180 }}
          />
          <Button
            size="xs"
            color="red"
            disabled={!reason.trim()}
            loading={refuse.isPending}
            onClick={() => refuse.mutate({ registrationId: r.id, reason })}
          >
            {t("training.engagement.registrations.confirmRefuse")}
          </Button>
        </Group>
      ) : null}
      <ErrorAlert error={link.error ?? refuse.error} />
    </Stack>
  );
}

export function RegistrationsList({ event }: { event: EventDetail }) {
  const { t } = useTranslation();
  const list = useRegistrations(event.id);
  const rows = list.data ?? [];
  const waiting = rows.filter((r) => r.status === "pending").length;
  return (
    <Card withBorder radius="md" data-testid="registrations">
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h4">
          {t("training.engagement.registrations.title")}
        </Title>
        {waiting > 0 ? (
          <Badge color="yellow">{t("training.engagement.registrations.pending", { count: waiting })}</Badge>
        ) : null}
      </Group>
      <ErrorAlert error={list.error} />
      {list.data && rows.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t("training.engagement.registrations.none")}
        </Text>
      ) : null}
      <Stack gap="xs">
        {rows.map((r) => (
          <Paper key={r.id} withBorder p="xs" radius="sm" data-testid="registration-row">
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <div style={{ minWidth: 0 }}>
                <Text size="sm" fw={500} truncate>
                  {r.businessName}
                </Text>
                <Text size="xs" c="dimmed">
                  {[
                    r.name,
                    r.nikMasked,
                    r.birthDate ? t("training.engagement.registrations.birth", { date: r.birthDate }) : null,
                    r.phone,
                  ]
                    .filter(Boolean)
                    .join(" · ")}
                </Text>
                {r.reason ? <Text size="xs">{r.reason}</Text> : null}
              </div>
              <Badge color={COLOR[r.status]} variant="light" style={{ flexShrink: 0, overflow: "visible" }}>
                {t(`training.engagement.registrations.status.${r.status}`)}
              </Badge>
            </Group>
            {r.status === "pending" ? <Pending eventId={event.id} r={r} /> : null}
          </Paper>
        ))}
      </Stack>
    </Card>
  );
}
