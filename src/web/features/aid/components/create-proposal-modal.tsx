// A new proposal for one programme: a regency operator proposes for their regency; a province
// admin for the province office or one of its regencies.
import { Button, Group, Modal, Select, Stack, TextInput } from "@mantine/core";
import { useNavigate } from "@tanstack/react-router";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../components/ui/error-alert";
import { fieldErrors } from "../../../lib/api";
import { useRegionChildren } from "../../../lib/regions/use-regions";
import { useCurrentUser } from "../../../lib/session/current-user";
import { useCreateProposal, usePrograms } from "../hooks/use-aid";

export function CreateProposalModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const programmes = usePrograms();
  const isProvince = !me.scope.includes(".");
  const regencies = useRegionChildren(me.scope, opened && isProvince);
  const create = useCreateProposal();
  const [programmeId, setProgrammeId] = useState<string | null>(null);
  const [region, setRegion] = useState<string | null>(me.scope);
  const [proposer, setProposer] = useState("");
  const errors = fieldErrors(create.error);
  const regionOptions = [
    { value: me.scope, label: me.scope },
    ...(regencies.data ?? []).map((r) => ({ value: r.code, label: `${r.name} (${r.code})` })),
  ];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!programmeId || !region) return;
    create.mutate(
      { programmeId, regionCode: region, ...(proposer.trim() ? { proposerName: proposer.trim() } : {}) },
      { onSuccess: (p) => void navigate({ href: `/app/bantuan/usulan/${p.id}` }) },
    );
  };
  return (
    <Modal opened={opened} onClose={onClose} title={t("aid.newProposal")}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Select
            label={t("aid.programme")}
            data={(programmes.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
            value={programmeId}
            onChange={setProgrammeId}
            required
            error={errors.programmeId}
          />
          <Select
            label={t("aid.region")}
            data={regionOptions}
            value={region}
            onChange={setRegion}
            disabled={!isProvince}
            required
            error={errors.regionCode}
            searchable
          />
          <TextInput
            label={t("aid.proposer")}
            description={t("aid.proposerHint")}
            value={proposer}
            onChange={(e) => setProposer(e.currentTarget.value)}
            error={errors.proposerName}
          />
          <ErrorAlert error={create.error && Object.keys(errors).length === 0 ? create.error : null} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={create.isPending} disabled={!programmeId}>
              {t("aid.newProposal")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
