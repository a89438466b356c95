// One queued record: who and what, its status in words, why it waits, and what the person can do.
import { Badge, Button, Group, Paper, Stack, Text } from "@mantine/core";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { Slot } from "../../../../lib/slots";
import { formatMoment } from "../../lib/format";
import { isFieldRecord } from "../../offline/kendala-outbox";
import type { AnyOutboxRecord, FieldOutboxRecord } from "../../offline/outbox-db";
import type { OutboxStatus } from "../../offline/outbox-types";
import { DuplicateQuestion } from "../entry/duplicate-question";
import { RegistryIcon } from "../registry-icons";

const colors: Record<OutboxStatus, string> = {
  queued: "orange",
  sending: "blue",
  sent: "teal",
  conflict: "red",
  rejected: "red",
  decision: "orange",
};

export type QueueItemActions = {
  onResolve: (record: FieldOutboxRecord) => void;
  onDiscard: (record: AnyOutboxRecord) => void;
};

export function QueueItem({
  record,
  isMine,
  scope,
  editPath,
  onResolve,
  onDiscard,
}: QueueItemActions & { record: AnyOutboxRecord; isMine: boolean; scope: string; editPath: string }) {
  const { t, i18n } = useTranslation();
  const when = (value: string) => formatMoment(value, { scope, language: i18n.language });
  const { summary, status } = record;
  const waiting = status === "queued" && record.notBefore > Date.now();
  // A field record (business and owner) or a kendala reported or followed up offline.
  const field = isFieldRecord(record) ? record : null;
  return (
    <Paper
      withBorder
      p="md"
      data-testid="queue-item"
      data-status={status}
      data-client-id={record.clientId}
      data-kind={field ? "record" : "kendala"}
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
        <div style={{ minWidth: 0 }}>
          <Text fw={600} lineClamp={1}>
            {field ? null : (
              <Badge size="sm" variant="light" color="grape" mr={6}>
                {t("registry.queue.kendala")}
              </Badge>
            )}
            {summary.businessName || "—"}
          </Text>
          <Text size="sm" c="dimmed" lineClamp={1}>
            {[summary.ownerName, summary.village].filter(Boolean).join(" · ")}
          </Text>
        </div>
        <Badge color={colors[status]} variant="light" size="lg" style={{ flexShrink: 0 }}>
          {t(`registry.queue.status.${status}`)}
        </Badge>
      </Group>
      <Stack gap={2} mt="xs">
        <Text size="xs" c="dimmed">
          {t("registry.queue.createdAt", { when: when(record.createdAt) })}
          {record.attempts > 0 ? ` · ${t("registry.queue.attempts", { count: record.attempts })}` : ""}
        </Text>
        {waiting ? (
          <Text size="xs" c="dimmed">
            {t("registry.queue.nextTry", { when: when(new Date(record.notBefore).toISOString()) })}
          </Text>
        ) : null}
        {record.lastError && status !== "sent" ? (
          <Text size="sm" c={status === "queued" ? "dimmed" : "red.8"}>
            {record.lastError}
          </Text>
        ) : null}
        {!isMine ? (
          <Text size="xs" c="dimmed" fs="italic">
            {t("registry.queue.otherUser")}
          </Text>
        ) : null}
      </Stack>
      {status === "sent" && field?.serverId && field.payload.body.owner ? (
        <Slot
          name="duplicateHint"
          draft={{ ...field.payload.body.owner, regionCode: field.payload.body.business.regionCode }}
          excludeBusinessId={record.serverId}
        />
      ) : null}
      {isMine && field && status === "decision" ? (
        <div style={{ marginTop: 8 }}>
          <DuplicateQuestion record={field} />
        </div>
      ) : null}
      {isMine && status !== "sending" ? (
        <Group gap="xs" mt="sm">
          {field && status === "conflict" ? (
            <Button size="sm" color="red" onClick={() => onResolve(field)}>
              {t("registry.queue.resolve")}
            </Button>
          ) : null}
          {field && status === "rejected" ? (
            <Button
              size="sm"
              leftSection={<RegistryIcon name="edit" size={16} />}
              renderRoot={(props) => <Link to={editPath} search={{ ubah: record.clientId }} {...props} />}
            >
              {t("registry.queue.edit")}
            </Button>
          ) : null}
          {field && status === "sent" && record.serverId ? (
            <Button
              size="sm"
              variant="light"
              renderRoot={(props) => (
                <Link
                  to="/app/registri/$businessId"
                  params={{ businessId: record.serverId ?? "" }}
                  {...props}
                />
              )}
            >
              {t("registry.form.openBusiness")}
            </Button>
          ) : null}
          {status !== "sent" ? (
            <Button
              size="sm"
              variant="subtle"
              color="red"
              leftSection={<RegistryIcon name="trash" size={16} />}
              onClick={() => onDiscard(record)}
            >
              {t("registry.queue.discard")}
            </Button>
          ) : null}
        </Group>
      ) : null}
    </Paper>
  );
}
