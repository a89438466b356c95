// A cooperative of the register: its data, the correction form and the history of changes.
import { Anchor, Badge, Button, Group, SimpleGrid, Skeleton, Stack } from "@mantine/core";
import { Link, useParams } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../../components/ui/error-alert";
import { PageHeader } from "../../../../components/ui/page-header";
import { isApiError } from "../../../../lib/api-error";
import { useCurrentUser } from "../../../../lib/session/current-user";
import { useCooperativePage } from "../../hooks/use-corrections";
import { canWriteRegistry } from "../../lib/roles";
import { HistoryCard } from "../business/history-card";
import { InfoCard } from "../business/info-card";
import { RegistryIcon } from "../registry-icons";
import { EditCooperativeModal } from "./edit-cooperative-modal";

export function CooperativePage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const { cooperativeId }: { cooperativeId?: string } = useParams({ strict: false });
  const page = useCooperativePage(cooperativeId ?? "");
  const [editing, setEditing] = useState(false);
  const back = (
    <Anchor size="sm" renderRoot={(props) => <Link to="/app/registri/koperasi" {...props} />}>
      <Group gap={4} component="span">
        <RegistryIcon name="arrowLeft" size={16} />
        {t("registry.edit.cooperatives.back")}
      </Group>
    </Anchor>
  );
  if (!page.data) {
    const missing =
      isApiError(page.error) && (page.error.status === 404 || page.error.code === "OUT_OF_SCOPE");
    return (
      <Stack>
        {back}
        {page.isPending ? (
          <Skeleton h={300} />
        ) : (
          <ErrorAlert error={missing ? new Error(t("registry.edit.cooperatives.notFound")) : page.error} />
        )}
      </Stack>
    );
  }
  const { cooperative, history } = page.data;
  return (
    <>
      <Stack gap={4} mb="xs">
        {back}
      </Stack>
      <PageHeader
        title={cooperative.name}
        subtitle={<Badge variant="light">{t(`registry.sectors.${cooperative.sector}`)}</Badge>}
      />
      {canWriteRegistry(me.role) ? (
        <Group mb="md">
          <Button
            size="xs"
            variant="light"
            leftSection={<RegistryIcon name="edit" size={14} />}
            onClick={() => setEditing(true)}
          >
            {t("registry.edit.cooperatives.edit")}
          </Button>
        </Group>
      ) : null}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <InfoCard
          title={t("registry.edit.cooperatives.card")}
          rows={[
            { label: t("registry.edit.fields.name"), value: cooperative.name },
            {
              label: t("registry.edit.cooperatives.legalEntityNumber"),
              value: cooperative.legalEntityNumber,
            },
            { label: t("registry.edit.cooperatives.members"), value: cooperative.members },
            { label: t("registry.edit.fields.street"), value: cooperative.street },
            {
              label: t("registry.business.region"),
              value: cooperative.regionName ?? cooperative.regionCode,
            },
          ]}
        />
        <HistoryCard history={history} scope={me.scope} />
      </SimpleGrid>
      {editing ? (
        <EditCooperativeModal cooperative={cooperative} opened onClose={() => setEditing(false)} />
      ) : null}
    </>
  );
}
