// The evidence behind one problem: the rule and the value, the other record with the match weight,
// or the outside list's row. Shown so a person decides (UU PDP), never acted on automatically.
import { Badge, Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Evidence } from "../api/types";
import { sectorName } from "../lib/format";

function Line({ label, value }: { label: string; value: string | number | null | undefined }) {
  if (value === null || value === undefined || value === "") return null;
  return (
    <Text size="sm">
      <Text span c="dimmed">
        {label}:{" "}
      </Text>
      {value}
    </Text>
  );
}

export function EvidenceView({ evidence }: { evidence: Evidence }) {
  const { t, i18n } = useTranslation();
  const matched = (keys: string[]) => keys.map((k) => t(`aid.matched.${k}`, { defaultValue: k })).join(", ");
  if (evidence.kind === "rule") {
    // The problem's message already says what is wrong with a NIK in words; a sector by its name.
    const value =
      evidence.rule === "valid_nik"
        ? null
        : evidence.rule === "sector" && evidence.value
          ? sectorName(i18n, evidence.value)
          : evidence.value;
    return (
      <Stack gap={2}>
        <Line label={t("aid.items.rule")} value={t(`aid.rules.${evidence.rule}`)} />
        <Line label={t("aid.items.value")} value={value} />
      </Stack>
    );
  }
  if (evidence.kind === "outside_list") {
    return (
      <Stack gap={2}>
        <Line label={t("aid.items.list")} value={evidence.list} />
        <Line label={t("aid.add.name")} value={evidence.name} />
        <Group gap="xs">
          <Badge variant="outline">{`${t("aid.items.weight")}: ${evidence.weight}`}</Badge>
          <Badge variant="outline">{`${t("aid.items.matchedOn")}: ${matched(evidence.matchedOn)}`}</Badge>
        </Group>
      </Stack>
    );
  }
  const o = evidence.other;
  return (
    <Stack gap={2}>
      <Text size="sm" fw={600}>
        {t("aid.items.otherRecord")} ({t(`aid.scopes.${evidence.scope}`)})
      </Text>
      <Line label={t("aid.add.name")} value={o.name} />
      <Line label={t("aid.add.nik")} value={o.nikMasked} />
      <Line label={t("aid.add.noKk")} value={o.noKkMasked} />
      <Line label={t("aid.add.address")} value={o.address} />
      <Line label={t("aid.add.businessName")} value={o.businessName} />
      <Line
        label={t("aid.proposals")}
        value={`${o.proposalNumber} · ${o.proposerName} (${o.regionCode}) · ${t(`aid.statuses.${o.proposalStatus}`, { defaultValue: o.proposalStatus })}`}
      />
      <Line label={t("aid.programme")} value={o.programmeName} />
      <Group gap="xs">
        <Badge
          variant="outline"
          color={evidence.weight < 1 ? "orange" : "gray"}
        >{`${t("aid.items.weight")}: ${evidence.weight}`}</Badge>
        <Badge variant="outline">{`${t("aid.items.matchedOn")}: ${matched(evidence.matchedOn)}`}</Badge>
      </Group>
    </Stack>
  );
}
