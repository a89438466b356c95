// Participants of one training: attendance (select, then present or absent), certificates (issue for
// attendees, download each PDF), and the picker from the register.
import { Badge, Button, Card, Checkbox, Group, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../components/ui/error-alert";
import { certificateUrl } from "../api/training-api";
import type { EventDetail, Participant } from "../api/types";
import { useAttendance, useIssueCertificates } from "../hooks/use-training";
import { CandidatePicker } from "./candidate-picker";

function AttendanceBadge({ p }: { p: Participant }) {
  const { t } = useTranslation();
  if (p.attended === null)
    return (
      <Badge variant="outline" color="gray">
        {t("training.notRecorded")}
      </Badge>
    );
  return p.attended ? (
    <Badge color="green" variant="light">
      {t("training.present")}
    </Badge>
  ) : (
    <Badge color="red" variant="light">
      {t("training.absent")}
    </Badge>
  );
}

export function ParticipantsPanel({ event, canManage }: { event: EventDetail; canManage: boolean }) {
  const { t } = useTranslation();
  const attendance = useAttendance(event.id);
  const issue = useIssueCertificates(event.id);
  const [selected, setSelected] = useState<string[]>([]);
  const [picking, setPicking] = useState(false);
  const list = event.participantList;
  const canAttend = canManage && ["planned", "rescheduled", "moved_online", "held"].includes(event.status);
  const canAdd = canManage && ["planned", "postponed", "rescheduled", "moved_online"].includes(event.status);
  const canIssue = canManage && (event.status === "held" || event.status === "reported");
  const toggle = (id: string) =>
    setSelected((s) => (s.includes(id) ? s.filter((x) => x !== id) : [...s, id]));
  const mark = (attended: boolean) =>
    attendance.mutate({ participantIds: selected, attended }, { onSuccess: () => setSelected([]) });
  return (
    <Card withBorder radius="md">
      <Group justify="space-between" mb="sm" wrap="wrap" gap="xs">
        <Title order={3} size="h4">
          {t("training.participants")} ({list.length}/{event.quota})
        </Title>
        <Group gap="xs">
          {canAdd ? (
            <Button size="sm" variant="light" onClick={() => setPicking((v) => !v)}>
              {t("training.pick")}
            </Button>
          ) : null}
          {canIssue ? (
            <Button size="sm" onClick={() => issue.mutate()} loading={issue.isPending}>
              {t("training.issueCertificates")}
            </Button>
          ) : null}
        </Group>
      </Group>
      {issue.data ? (
        <Text size="sm" c="green.8" mb="xs">
          {t("training.issued", { count: issue.data.issued })}
        </Text>
      ) : null}
      <ErrorAlert error={issue.error ?? attendance.error} />
      {picking ? <CandidatePicker eventId={event.id} onDone={() => setPicking(false)} /> : null}
      {list.length === 0 ? <Text c="dimmed">{t("training.noParticipants")}</Text> : null}
      {canAttend && list.length > 0 ? (
        <Group gap="xs" my="xs" wrap="wrap">
          <Checkbox
            label={t("training.selectAll")}
            checked={selected.length === list.length}
            indeterminate={selected.length > 0 && selected.length < list.length}
            onChange={() => setSelected(selected.length === list.length ? [] : list.map((p) => p.id))}
          />
          <Button
            size="xs"
            color="green"
            disabled={selected.length === 0}
            onClick={() => mark(true)}
            loading={attendance.isPending}
          >
            {t("training.markPresent")}
          </Button>
          <Button size="xs" variant="default" disabled={selected.length === 0} onClick={() => mark(false)}>
            {t("training.markAbsent")}
          </Button>
        </Group>
      ) : null}
      <Stack gap={6}>
        {list.map((p) => (
          <Group key={p.id} wrap="nowrap" gap="xs" align="flex-start" data-testid="participant-row">
            {canAttend ? (
              <Checkbox
                mt={2}
                aria-label={p.ownerName}
                checked={selected.includes(p.id)}
                onChange={() => toggle(p.id)}
              />
            ) : null}
            <div style={{ minWidth: 0, flex: 1 }}>
              <Text size="sm" fw={500} truncate>
                {p.ownerName}
              </Text>
              <Text size="xs" c="dimmed" truncate>
                {p.businessName} · {p.businessRegion}
              </Text>
              <Group gap={6} mt={2} wrap="wrap">
                <AttendanceBadge p={p} />
                {p.certificateCode ? (
                  <Button
                    component="a"
                    href={certificateUrl(event.id, p.id)}
                    size="compact-xs"
                    variant="subtle"
                    title={p.certificateCode}
                  >
                    {t("training.certificate")}
                  </Button>
                ) : null}
              </Group>
            </div>
          </Group>
        ))}
      </Stack>
    </Card>
  );
}
