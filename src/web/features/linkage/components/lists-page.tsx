// Pencocokan: outside lists (DTKS, BPUM, Prakerja...) uploaded by the office, each linked to the
// register; uploading follows the link run live and opens the irisan report when it is done.
import { Anchor, Badge, Button, Group, Paper, Progress, Skeleton, Stack, Text } from "@mantine/core";
import { Link, useNavigate } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../components/ui/error-alert";
import { Icon } from "../../../components/ui/icons";
import { PageHeader } from "../../../components/ui/page-header";
import { useCurrentUser } from "../../../lib/session/current-user";
import { useJobProgress } from "../../../lib/use-job-progress";
import type { ListUploaded } from "../api/types";
import { useLists, useRefreshLinkage } from "../hooks/use-linkage";
import { formatMoment } from "../lib/format";
import { UploadListModal } from "./upload-list-modal";

const STATE_COLOR = { uploaded: "gray", linking: "blue", linked: "teal", failed: "red" } as const;

export function ListsPage() {
  const { t, i18n } = useTranslation();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const lists = useLists();
  const refresh = useRefreshLinkage();
  const canUpload = me.role === "admin_provinsi" || me.role === "operator_kabkota";
  const [uploading, setUploading] = useState(false);
  const [pending, setPending] = useState<ListUploaded | null>(null);
  const progress = useJobProgress(pending?.jobId ?? null, (ok) => {
    void refresh();
    if (ok && pending) void navigate({ href: `/app/pencocokan/${encodeURIComponent(pending.list.id)}` });
  });
  return (
    <>
      <PageHeader
        title={t("linkage.lists.title")}
        subtitle={t("linkage.lists.subtitle")}
        actions={
          canUpload ? (
            <Button leftSection={<Icon name="upload" size={18} />} onClick={() => setUploading(true)}>
              {t("linkage.lists.upload")}
            </Button>
          ) : null
        }
      />
      {progress.state === "running" && pending ? (
        <Paper withBorder p="md" mb="md">
          <Text size="sm" mb={6} role="status">
            {t("linkage.lists.linking", { message: progress.message || pending.list.name })}
          </Text>
          <Progress value={progress.percent} animated />
        </Paper>
      ) : null}
      {progress.state === "failed" ? <ErrorAlert error={new Error(progress.message)} /> : null}
      <ErrorAlert error={lists.error} />
      {lists.isPending ? <Skeleton h={200} /> : null}
      {lists.data?.length === 0 ? <Text c="dimmed">{t("linkage.lists.empty")}</Text> : null}
      <Stack gap="sm">
        {lists.data?.map((list) => (
          <Paper key={list.id} withBorder p="md" data-testid="outside-list" data-list-id={list.id}>
            <Group justify="space-between" wrap="wrap" gap="xs">
              <Stack gap={2}>
                <Group gap="xs">
                  <Text fw={600}>{list.name}</Text>
                  <Badge variant="light">{t(`linkage.lists.kinds.${list.kind}`)}</Badge>
                  <Badge color={STATE_COLOR[list.state]} variant="light">
                    {t(`linkage.lists.state.${list.state}`)}
                  </Badge>
                </Group>
                <Text size="sm" c="dimmed">
                  {[
                    list.source,
                    list.asOf,
                    list.regionCode,
                    t("linkage.lists.rows", { count: list.rowCount }),
                  ]
                    .filter(Boolean)
                    .join(" · ")}
                </Text>
                <Text size="xs" c="dimmed">
                  {t("linkage.lists.uploadedBy", {
                    when: formatMoment(list.createdAt, { scope: me.scope, language: i18n.language }),
                    name: list.createdByName,
                  })}
                </Text>
              </Stack>
              <Anchor
                renderRoot={(props) => (
                  <Link to="/app/pencocokan/$listId" params={{ listId: list.id }} {...props} />
                )}
              >
                {t("linkage.lists.open")}
              </Anchor>
            </Group>
          </Paper>
        ))}
      </Stack>
      <UploadListModal
        opened={uploading}
        scope={me.scope}
        onClose={() => setUploading(false)}
        onUploaded={(r) => {
          setUploading(false);
          setPending(r);
        }}
      />
    </>
  );
}
