// Picks participants from the register by region, sector, size class and impact; businesses that
// already hold a seat are shown but cannot be picked again (the server refuses duplicates too).
import { Button, Checkbox, Group, Select, Stack, Switch, Text, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../components/ui/error-alert";
import type { CandidateFilters } from "../api/types";
import { useAddParticipants, useCandidates } from "../hooks/use-training";
import { sizeKey } from "../lib";

const SIZES = ["mikro", "kecil", "menengah", "besar"] as const;

export function CandidatePicker({ eventId, onDone }: { eventId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<CandidateFilters>({ affected: true });
  const [region, setRegion] = useState("");
  const [chosen, setChosen] = useState<string[]>([]);
  const candidates = useCandidates(eventId, filters, true);
  const add = useAddParticipants(eventId);
  const sizeLabel = (v: string | null) => {
    const k = sizeKey(v);
    return k ? t(`training.sizes.${k}`) : "–";
  };
  const toggle = (id: string) => setChosen((s) => (s.includes(id) ? s.filter((x) => x !== id) : [...s, id]));
  return (
    <Stack
      gap="xs"
      mb="md"
      p="sm"
      style={{ border: "1px dashed var(--mantine-color-gray-4)", borderRadius: 8 }}
    >
      <Text fw={600} size="sm">
        {t("training.filters")}
      </Text>
      <Group gap="xs" align="flex-end" wrap="wrap">
        <TextInput
          label={t("training.region")}
          placeholder="62.71"
          value={region}
          onChange={(e) => setRegion(e.currentTarget.value)}
          onBlur={() => setFilters((f) => ({ ...f, region: region.trim() || undefined }))}
          w={120}
        />
        <Select
          label={t("training.targetSizeClass")}
          data={SIZES.map((s) => ({ value: s, label: t(`training.sizes.${s}`) }))}
          value={filters.sizeClass ?? null}
          onChange={(v) => setFilters((f) => ({ ...f, sizeClass: v ?? undefined }))}
          clearable
          placeholder={t("training.anySize")}
          w={150}
        />
        <Switch
          label={t("training.affectedOnly")}
          checked={filters.affected === true}
          onChange={(e) =>
            setFilters((f) => ({ ...f, affected: e.currentTarget.checked ? true : undefined }))
          }
        />
      </Group>
      <ErrorAlert error={candidates.error ?? add.error} />
      {candidates.data?.length === 0 ? <Text c="dimmed">{t("training.noCandidates")}</Text> : null}
      <Stack gap={4} mah={320} style={{ overflowY: "auto" }} data-testid="candidate-list">
        {(candidates.data ?? []).map((c) => (
          <Checkbox
            key={c.businessId}
            disabled={c.isParticipant}
            checked={c.isParticipant || chosen.includes(c.businessId)}
            onChange={() => toggle(c.businessId)}
            label={`${c.ownerName} — ${c.businessName}`}
            description={`${c.sector} · ${sizeLabel(c.sizeClass)} · ${c.regionCode}${c.isParticipant ? ` · ${t("training.alreadyIn")}` : ""}`}
          />
        ))}
      </Stack>
      <Group justify="flex-end">
        <Button variant="default" size="sm" onClick={onDone}>
          {t("common.close")}
        </Button>
        <Button
          size="sm"
          disabled={chosen.length === 0}
          loading={add.isPending}
          onClick={() =>
            add.mutate(chosen, {
              onSuccess: () => {
                setChosen([]);
                onDone();
              },
            })
          }
        >
          {t("training.addSelected", { count: chosen.length })}
        </Button>
      </Group>
    </Stack>
  );
}
