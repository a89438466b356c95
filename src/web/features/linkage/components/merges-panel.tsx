// The merge history with its undo: undoing writes the records back exactly as they were.
import { Button, Group, Modal, Paper, Skeleton, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../components/ui/error-alert";
import type { Merge } from "../api/types";
import { useMerges, useUndoMerge } from "../hooks/use-linkage";
import { formatMoment } from "../lib/format";

export function MergesPanel({ scope }: { scope: string }) {
  const { t, i18n } = useTranslation();
  const merges = useMerges();
  const undo = useUndoMerge();
  const [confirm, setConfirm] = useState<Merge | null>(null);
  const when = (v: string) => formatMoment(v, { scope, language: i18n.language });
  if (!merges.data) return merges.isPending ? <Skeleton h={160} /> : <ErrorAlert error={merges.error} />;
  if (merges.data.length === 0) return <Text c="dimmed">{t("linkage.merges.empty")}</Text>;
  const run = (m: Merge) =>
    undo.mutate(m.id, {
      onSuccess: () => {
        setConfirm(null);
        notifications.show({ color: "teal", message: t("linkage.merges.undoneToast") });
      },
    });
  return (
    <Stack gap="sm">
      <ErrorAlert error={undo.error} />
      {merges.data.map((m) => (
        <Paper
          key={m.id}
          withBorder
          p="sm"
          data-testid="merge"
          data-merge-id={m.id}
          data-undone={m.undoneAt ? "true" : "false"}
        >
          <Group justify="space-between" wrap="wrap" gap="xs">
            <Stack gap={2}>
              <Text size="sm" fw={500}>
                {t("linkage.merges.line", {
                  merged: m.mergedName ?? m.mergedId,
                  survivor: m.survivorName ?? m.survivorId,
                })}
              </Text>
              <Text size="xs" c="dimmed">
                {t("linkage.merges.by", { name: m.mergedByName, when: when(m.mergedAt) })}
              </Text>
              {m.undoneAt ? (
                <Text size="xs" c="orange">
                  {t("linkage.merges.undone", { name: m.undoneByName ?? "—", when: when(m.undoneAt) })}
                </Text>
              ) : null}
            </Stack>
            {m.undoneAt ? null : (
              <Button size="xs" variant="light" color="orange" onClick={() => setConfirm(m)}>
                {t("linkage.merges.undo")}
              </Button>
            )}
          </Group>
        </Paper>
      ))}
      <Modal opened={confirm !== null} onClose={() => setConfirm(null)} title={t("linkage.merges.undo")}>
        <Text size="sm">{t("linkage.merges.confirmUndo")}</Text>
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={() => setConfirm(null)}>
            {t("common.cancel")}
          </Button>
          <Button color="orange" loading={undo.isPending} onClick={() => confirm && run(confirm)}>
            {t("common.confirm")}
          </Button>
        </Group>
      </Modal>
    </Stack>
  );
}
