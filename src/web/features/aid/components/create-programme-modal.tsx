// A regional programme (e.g. a province's APBD stimulus) with its rules and exclusions; national
// programmes such as BPUM are defined centrally.
import {
  Button,
  Checkbox,
  Group,
  Modal,
  MultiSelect,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
} from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { parseRupiah } from "../../../../shared/money-parse";
import { ErrorAlert } from "../../../components/ui/error-alert";
import { fieldErrors } from "../../../lib/api";
import { useCurrentUser } from "../../../lib/session/current-user";
import type { FundSource, ProgrammeKind } from "../api/types";
import { useCreateProgramme, usePrograms } from "../hooks/use-aid";

const FUNDS: readonly FundSource[] = ["APBN", "APBD", "DAK", "other"];
const KINDS: readonly ProgrammeKind[] = ["cash", "in_kind", "training_seat"];

export function CreateProgrammeModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const programmes = usePrograms();
  const create = useCreateProgramme();
  const [f, setF] = useState({
    code: "",
    name: "",
    fund: "APBD" as FundSource,
    kind: "cash" as ProgrammeKind,
    amount: "",
    start: "",
    end: "",
  });
  const [rules, setRules] = useState({ micro: true, affected: true, household: true, occupations: true });
  const [excludes, setExcludes] = useState<string[]>([]);
  const errors = fieldErrors(create.error);
  const amount = parseRupiah(f.amount);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!amount.ok) return;
    create.mutate(
      {
        code: f.code.trim().toUpperCase(),
        name: f.name.trim(),
        fundSource: f.fund,
        kind: f.kind,
        amount: amount.value,
        periodStart: f.start,
        ...(f.end ? { periodEnd: f.end } : {}),
        ownerRegion: me.scope,
        rules: {
          sizeClasses: rules.micro ? ["mikro"] : [],
          sizeDate: null,
          requireAffected: rules.affected,
          sectors: [],
          excludedOccupations: rules.occupations ? ["pns", "tni", "polri", "bumn"] : [],
          requireValidNik: true,
          oneBusinessPerHousehold: rules.household,
        },
        exclusions: excludes.map((programmeId) => ({ programmeId, from: null, to: null })),
        requiredDocuments: ["ktp", "kk"],
      },
      { onSuccess: onClose },
    );
  };
  const set = (k: keyof typeof f) => (v: string) => setF((x) => ({ ...x, [k]: v }));
  return (
    <Modal opened={opened} onClose={onClose} title={t("aid.newProgramme")} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t("aid.programmeForm.code")}
              value={f.code}
              onChange={(e) => set("code")(e.currentTarget.value)}
              required
              error={errors.code}
            />
            <TextInput
              label={t("aid.programmeForm.name")}
              value={f.name}
              onChange={(e) => set("name")(e.currentTarget.value)}
              required
              error={errors.name}
            />
            <Select
              label={t("aid.fundSource")}
              data={FUNDS.map((x) => ({ value: x, label: t(`aid.funds.${x}`) }))}
              value={f.fund}
              onChange={(v) => set("fund")(v ?? "APBD")}
            />
            <Select
              label={t("aid.kind")}
              data={KINDS.map((x) => ({ value: x, label: t(`aid.kinds.${x}`) }))}
              value={f.kind}
              onChange={(v) => set("kind")(v ?? "cash")}
            />
            <TextInput
              label={t("aid.programmeForm.amount")}
              placeholder="Rp1.000.000"
              value={f.amount}
              onChange={(e) => set("amount")(e.currentTarget.value)}
              required
              error={errors.amount ?? (f.amount && !amount.ok ? t("aid.programmeForm.amount") : undefined)}
            />
            <TextInput
              label={t("aid.programmeForm.periodStart")}
              placeholder="2020-09-01"
              value={f.start}
              onChange={(e) => set("start")(e.currentTarget.value)}
              required
              error={errors.periodStart}
            />
            <TextInput
              label={t("aid.programmeForm.periodEnd")}
              placeholder="2020-12-31"
              value={f.end}
              onChange={(e) => set("end")(e.currentTarget.value)}
              error={errors.periodEnd}
            />
          </SimpleGrid>
          <MultiSelect
            label={t("aid.programmeForm.excludes")}
            data={(programmes.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
            value={excludes}
            onChange={setExcludes}
          />
          <Checkbox
            label={t("aid.programmeForm.micro")}
            checked={rules.micro}
            onChange={(e) => setRules((r) => ({ ...r, micro: e.currentTarget.checked }))}
          />
          <Checkbox
            label={t("aid.programmeForm.affected")}
            checked={rules.affected}
            onChange={(e) => setRules((r) => ({ ...r, affected: e.currentTarget.checked }))}
          />
          <Checkbox
            label={t("aid.programmeForm.household")}
            checked={rules.household}
            onChange={(e) => setRules((r) => ({ ...r, household: e.currentTarget.checked }))}
          />
          <Checkbox
            label={t("aid.programmeForm.occupations")}
            checked={rules.occupations}
            onChange={(e) => setRules((r) => ({ ...r, occupations: e.currentTarget.checked }))}
          />
          <ErrorAlert error={create.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t("aid.programmeForm.create")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
