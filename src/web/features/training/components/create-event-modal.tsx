// A new training: title, topic, target size, mode (venue and/or online link), funding and budget,
// quota, trainers, dates and region (the user's own scope or a regency below it).
import { Button, Group, Modal, NumberInput, Select, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { useNavigate } from "@tanstack/react-router";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../components/ui/error-alert";
import { RupiahInput, readRupiahField } from "../../../components/ui/rupiah-input";
import { fieldErrors } from "../../../lib/api";
import { useRegionChildren } from "../../../lib/regions/use-regions";
import { useCurrentUser } from "../../../lib/session/current-user";
import { useSubmitOnce } from "../../../lib/submit-once";
import type { EventMode, FundingSource, TargetSizeClass } from "../api/types";
import { useCreateEvent } from "../hooks/use-training";

const MODES: readonly EventMode[] = ["in_person", "online", "hybrid"];
const FUNDS: readonly FundingSource[] = ["DAK", "APBD", "other"];
const SIZES: readonly TargetSizeClass[] = ["mikro", "kecil", "menengah"];

export function CreateEventModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const create = useCreateEvent();
  const regencies = useRegionChildren(me.scope, opened && !me.scope.includes("."));
  const [f, setF] = useState({
    title: "",
    topic: "",
    size: "mikro" as TargetSizeClass | null,
    mode: "in_person" as EventMode,
    venue: "",
    link: "",
    fund: "DAK" as FundingSource,
    budget: "",
    quota: 30 as number | string,
    trainers: "",
    startsOn: "",
    region: me.scope,
  });
  const set = (patch: Partial<typeof f>) => setF((old) => ({ ...old, ...patch }));
  const errors = fieldErrors(create.error);
  const err = (k: string) => errors[k] ?? errors[`body.${k}`];
  const budget = readRupiahField(f.budget);
  const once = useSubmitOnce();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (budget.kind === "invalid") return;
    once((settled) =>
      create.mutate(
        {
          title: f.title,
          topic: f.topic,
          targetSizeClass: f.size,
          mode: f.mode,
          venue: f.venue.trim() || null,
          onlineLink: f.link.trim() || null,
          fundingSource: f.fund,
          budget: budget.kind === "ok" ? budget.value : 0,
          quota: Number(f.quota) || 0,
          trainers: f.trainers
            .split(",")
            .map((s) => s.trim())
            .filter(Boolean),
          startsOn: f.startsOn,
          endsOn: null,
          regionCode: f.region,
        },
        {
          onSuccess: (e) => void navigate({ href: `/app/pelatihan/${e.id}` }),
          onSettled: settled,
        },
      ),
    );
  };
  const regionOptions = [
    { value: me.scope, label: me.scope },
    ...(regencies.data ?? []).map((r) => ({ value: r.code, label: `${r.name} (${r.code})` })),
  ];
  return (
    <Modal opened={opened} onClose={onClose} title={t("training.newEvent")} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput
            label={t("training.eventTitle")}
            value={f.title}
            onChange={(e) => set({ title: e.currentTarget.value })}
            required
            error={err("title")}
          />
          <TextInput
            label={t("training.topic")}
            value={f.topic}
            onChange={(e) => set({ topic: e.currentTarget.value })}
            required
            error={err("topic")}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t("training.targetSizeClass")}
              data={SIZES.map((s) => ({ value: s, label: t(`training.sizes.${s}`) }))}
              value={f.size}
              onChange={(v) => set({ size: SIZES.find((s) => s === v) ?? null })}
              clearable
              placeholder={t("training.anySize")}
            />
            <Select
              label={t("training.mode")}
              data={MODES.map((m) => ({ value: m, label: t(`training.modes.${m}`) }))}
              value={f.mode}
              onChange={(v) => set({ mode: MODES.find((m) => m === v) ?? "in_person" })}
              allowDeselect={false}
            />
          </SimpleGrid>
          {f.mode !== "online" ? (
            <TextInput
              label={t("training.venue")}
              value={f.venue}
              onChange={(e) => set({ venue: e.currentTarget.value })}
              required
              error={err("venue")}
            />
          ) : null}
          {f.mode !== "in_person" ? (
            <TextInput
              label={t("training.onlineLink")}
              value={f.link}
              onChange={(e) => set({ link: e.currentTarget.value })}
              placeholder="https://"
              required
              error={err("onlineLink")}
            />
          ) : null}
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Select
              label={t("training.fundingSource")}
              data={FUNDS.map((s) => ({ value: s, label: t(`training.funds.${s}`) }))}
              value={f.fund}
              onChange={(v) => set({ fund: FUNDS.find((s) => s === v) ?? "DAK" })}
              allowDeselect={false}
            />
            <RupiahInput
              label={t("training.budget")}
              value={f.budget}
              onChange={(v) => set({ budget: v })}
              error={err("budget")}
            />
            <NumberInput
              label={t("training.quota")}
              value={f.quota}
              onChange={(v) => set({ quota: v })}
              allowDecimal={false}
              min={1}
              error={err("quota")}
            />
          </SimpleGrid>
          <TextInput
            label={t("training.trainers")}
            description={t("training.trainersHint")}
            value={f.trainers}
            onChange={(e) => set({ trainers: e.currentTarget.value })}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              type="date"
              label={t("training.startsOn")}
              value={f.startsOn}
              onChange={(e) => set({ startsOn: e.currentTarget.value })}
              required
              error={err("startsOn")}
            />
            <Select
              label={t("training.region")}
              data={regionOptions}
              value={f.region}
              onChange={(v) => set({ region: v ?? me.scope })}
              disabled={me.scope.includes(".")}
              searchable
              error={err("regionCode")}
            />
          </SimpleGrid>
          <ErrorAlert error={create.error && Object.keys(errors).length === 0 ? create.error : null} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t("training.create")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
