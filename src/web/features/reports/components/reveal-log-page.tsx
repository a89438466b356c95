// Log penampilan NIK: every full-NIK reveal in the admin's scope, newest first — who showed whose
// NIK, when, how (one person, a list page, an export, import rows) and the reason they gave.
// Cards rather than a table, so it reads the same on a phone.
import { Badge, Card, Group, Pagination, Skeleton, Stack, Text } from "@mantine/core";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { RevealLogEntry } from "../../../../server/modules/reports/contract-person";
import { localStamp } from "../../../../shared/local-time";
import { ErrorAlert } from "../../../components/ui/error-alert";
import { PageHeader } from "../../../components/ui/page-header";
import { useCurrentUser } from "../../../lib/session/current-user";
import { fetchRevealLog } from "../api";

const PAGE = 20;
const VIAS = ["reveal", "business-page", "list", "export", "import-rows", "person-data"] as const;

function Entry({ e, scope }: { e: RevealLogEntry; scope: string }) {
  const { t } = useTranslation();
  const via = VIAS.find((v) => v === e.via);
  const whom = e.personName ?? (e.entityType === "person" ? t("reports.reveals.unknownPerson") : null);
  return (
    <Card withBorder radius="md" p="sm" data-testid="reveal-entry">
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Text fw={600}>{whom ?? t("reports.reveals.people", { count: e.persons })}</Text>
        <Text size="xs" c="dimmed">
          {localStamp(new Date(e.at), e.regionCode ?? (scope === "*" ? null : scope))}
        </Text>
      </Group>
      <Group gap={6} mt={4} wrap="wrap">
        <Text size="sm">{t("reports.reveals.by", { name: e.actorName })}</Text>
        {via ? (
          <Badge variant="light" size="sm">
            {t(`reports.reveals.via.${via}`)}
          </Badge>
        ) : null}
      </Group>
      <Text size="sm" mt={6}>
        <Text span c="dimmed" size="sm">
          {t("reports.reveals.reason")}:{" "}
        </Text>
        {e.reason ?? t(via === "person-data" ? "reports.reveals.subjectRequest" : "reports.reveals.noReason")}
      </Text>
    </Card>
  );
}

export function RevealLogPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [page, setPage] = useState(1);
  const log = useQuery({
    queryKey: ["reports", "nik-reveals", page],
    queryFn: ({ signal }) => fetchRevealLog({ limit: PAGE, offset: (page - 1) * PAGE }, signal),
    placeholderData: keepPreviousData,
  });
  const total = log.data?.total ?? 0;
  return (
    <>
      <PageHeader title={t("reports.reveals.title")} subtitle={t("reports.reveals.subtitle")} />
      <ErrorAlert error={log.error} />
      {!log.data ? <Skeleton h={200} /> : null}
      {log.data ? (
        <Stack gap="sm">
          <Text size="sm" c="dimmed" data-testid="reveal-total">
            {t("reports.reveals.total", { count: total })}
          </Text>
          {log.data.items.map((e) => (
            <Entry key={`${e.at}-${e.entityId}-${e.actorName}`} e={e} scope={me.scope} />
          ))}
          {total > PAGE ? (
            <Pagination total={Math.ceil(total / PAGE)} value={page} onChange={setPage} size="sm" />
          ) : null}
        </Stack>
      ) : null}
    </>
  );
}
