// A cooperative of the register: its data, the correction form and the history of changes.
import { Badge, Button, Group, SimpleGrid } from "@mantine/core";
import { useParams } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { CooperativePage as CooperativePageData } from "../../../../../server/modules/registry/contract-cooperatives";
import { PageHeader } from "../../../../components/ui/page-header";
import { useCurrentUser } from "../../../../lib/session/current-user";
import { useCooperativePage } from "../../hooks/use-corrections";
import { canWriteRegistry } from "../../lib/roles";
import { HistoryCard } from "../business/history-card";
import { InfoCard } from "../business/info-card";
import { RecordFrame } from "../record-frame";
import { RegistryIcon } from "../registry-icons";
import { EditCooperativeModal } from "./edit-cooperative-modal";

export function CooperativePage() {
  const { t } = useTranslation();
  const { cooperativeId }: { cooperativeId?: string } = useParams({ strict: false });
  const page = useCooperativePage(cooperativeId ?? "");
  return (
    <RecordFrame
      query={page}
      backTo="/app/registri/koperasi"
      backLabel={t("registry.edit.cooperatives.back")}
      notFound={t("registry.edit.cooperatives.notFound")}
      loadingHeight={300}
    >
      {(data) => <CooperativeView page={data} />}
    </RecordFrame>
  );
}

function CooperativeView({ page }: { page: CooperativePageData }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [editing, setEditing] = useState(false);
  const { cooperative, history } = page;
  return (
    <>
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
