// Antrean kirim: every record typed on this device until it reached the server, with its status,
// a "Kirim sekarang" button, conflict resolution and correction of refused records.
import { Alert, Button, EmptyState, Group, Modal, Skeleton, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { PageHeader } from "../../../../components/ui/page-header";
import { useCurrentUser } from "../../../../lib/session/current-user";
import { useOnline } from "../../hooks/use-online";
import { useOutboxRecords, useOutboxSync, useRunnerState } from "../../hooks/use-outbox";
import { type AnyOutboxRecord, type FieldOutboxRecord, outboxStore } from "../../offline/outbox-db";
import type { SyncReport } from "../../offline/sync-engine";
import { syncNow } from "../../offline/sync-runner";
import { ConnectionStatus } from "../connection-status";
import { RegistryIcon } from "../registry-icons";
import { ConflictModal } from "./conflict-modal";
import { QueueItem } from "./queue-item";

function reportParts(report: SyncReport): Array<{ key: "reportSent" | "reportProblems"; count: number }> {
  const problems = report.conflicts + report.rejected;
  return [
    ...(report.sent > 0 ? [{ key: "reportSent" as const, count: report.sent }] : []),
    ...(problems > 0 ? [{ key: "reportProblems" as const, count: problems }] : []),
  ];
}

export function QueuePage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  useOutboxSync(me.id);
  const online = useOnline();
  const { records, isLoading } = useOutboxRecords();
  const { syncing, needsSignIn, lastReport } = useRunnerState();
  const [conflict, setConflict] = useState<FieldOutboxRecord | null>(null);
  const [discarding, setDiscarding] = useState<AnyOutboxRecord | null>(null);
  const editPath = me.role === "pendamping" ? "/app/lapangan" : "/app/registri/baru";
  const mine = records.filter((record) => record.userId === me.id);
  const hasWork = mine.some((record) => record.status === "queued");

  return (
    <>
      <PageHeader
        title={t("registry.queue.title")}
        subtitle={t("registry.queue.subtitle")}
        actions={
          <>
            <ConnectionStatus />
            <Button
              leftSection={<RegistryIcon name="upload" size={18} />}
              loading={syncing}
              disabled={!online || !hasWork}
              onClick={() => void syncNow(me.id, { everything: true })}
            >
              {t("registry.queue.sendNow")}
            </Button>
          </>
        }
      />
      {needsSignIn ? (
        <Alert color="orange" mb="md" role="alert">
          {t("registry.queue.needsSignIn")}
        </Alert>
      ) : null}
      {!online && hasWork ? (
        <Alert color="orange" variant="light" mb="md">
          {t("registry.queue.stillOffline")}
        </Alert>
      ) : null}
      {lastReport && reportParts(lastReport).length > 0 ? (
        <Text size="sm" c="dimmed" mb="sm" data-testid="sync-report">
          {reportParts(lastReport)
            .map((part) => t(`registry.queue.${part.key}`, { count: part.count }))
            .join(" · ")}
        </Text>
      ) : null}
      {isLoading ? (
        <Skeleton h={120} />
      ) : records.length === 0 ? (
        <EmptyState
          title={t("registry.queue.empty")}
          description={t("registry.queue.emptyHint")}
          icon={<RegistryIcon name="check" size={28} />}
          withIndicatorBackground
          py="xl"
        />
      ) : (
        <Stack gap="sm" data-testid="queue-list">
          {records.map((record) => (
            <QueueItem
              key={record.clientId}
              record={record}
              isMine={record.userId === me.id}
              scope={me.scope}
              editPath={editPath}
              onResolve={setConflict}
              onDiscard={setDiscarding}
            />
          ))}
        </Stack>
      )}
      <ConflictModal record={conflict} onClose={() => setConflict(null)} />
      <Modal
        opened={discarding !== null}
        onClose={() => setDiscarding(null)}
        title={t("registry.queue.discardTitle")}
      >
        <Text size="sm">
          {t("registry.queue.discardText", {
            name: discarding?.summary.businessName || discarding?.summary.ownerName || "",
          })}
        </Text>
        <Group justify="flex-end" mt="lg">
          <Button variant="default" onClick={() => setDiscarding(null)}>
            {t("common.cancel")}
          </Button>
          <Button
            color="red"
            onClick={() => {
              if (discarding) void outboxStore.delete(discarding.clientId);
              setDiscarding(null);
            }}
          >
            {t("registry.queue.discard")}
          </Button>
        </Group>
      </Modal>
    </>
  );
}
