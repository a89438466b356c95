// The proposal's recipients: problems first, filtered by view and text, a page at a time.
import { Button, Group, SegmentedControl, Skeleton, Stack, Text, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../components/ui/error-alert";
import { useCurrentUser } from "../../../lib/session/current-user";
import type { ItemView, ProposalDetail } from "../api/types";
import { useHandovers, useItems } from "../hooks/use-aid";
import { canPropose, canVerify, isFrozenStatus } from "../lib/format";
import { ItemCard } from "./item-card";

const VIEWS: readonly ItemView[] = ["open", "problems", "all", "removed"];
const LIMIT = 20;

export function ItemsPanel({ proposal, editable }: { proposal: ProposalDetail; editable: boolean }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [view, setView] = useState<ItemView>(proposal.counts.openProblems > 0 ? "open" : "all");
  const [q, setQ] = useState("");
  const [offset, setOffset] = useState(0);
  const [query] = useDebouncedValue(q.trim(), 300);
  const items = useItems(proposal.id, { view, q: query || undefined, offset, limit: LIMIT });
  const inKind = proposal.programmeKind === "in_kind" && isFrozenStatus(proposal.status);
  const handovers = useHandovers(proposal.id, inKind);
  const byItem = new Map((handovers.data ?? []).map((h) => [h.itemId, h]));
  const total = items.data?.total ?? 0;
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t("aid.items.humanNote")}
      </Text>
      <Group>
        <SegmentedControl
          value={view}
          onChange={(v) => {
            setView(VIEWS.find((x) => x === v) ?? "all");
            setOffset(0);
          }}
          data={VIEWS.map((v) => ({ value: v, label: t(`aid.items.views.${v}`) }))}
        />
        <TextInput
          type="search"
          aria-label={t("aid.items.search")}
          placeholder={t("aid.items.search")}
          value={q}
          onChange={(e) => {
            setQ(e.currentTarget.value);
            setOffset(0);
          }}
          miw={260}
        />
      </Group>
      <ErrorAlert error={items.error} />
      {items.isPending ? <Skeleton h={240} /> : null}
      {items.data && items.data.items.length === 0 ? <Text c="dimmed">{t("aid.items.none")}</Text> : null}
      {(items.data?.items ?? []).map((item) => (
        <ItemCard
          key={item.id}
          proposalId={proposal.id}
          item={item}
          editable={editable}
          canPrint={canPropose(me.role)}
          handover={inKind ? { done: byItem.get(item.id) } : undefined}
          canRevise={
            canVerify(me.role) && (proposal.status === "approved" || proposal.status === "disbursed")
          }
        />
      ))}
      {total > LIMIT ? (
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            {t("aid.items.page", { from: offset + 1, to: Math.min(offset + LIMIT, total), total })}
          </Text>
          <Group gap="xs">
            <Button
              variant="default"
              size="xs"
              disabled={offset === 0}
              onClick={() => setOffset((o) => Math.max(0, o - LIMIT))}
            >
              {t("aid.items.prev")}
            </Button>
            <Button
              variant="default"
              size="xs"
              disabled={offset + LIMIT >= total}
              onClick={() => setOffset((o) => o + LIMIT)}
            >
              {t("aid.items.next")}
            </Button>
          </Group>
        </Group>
      ) : null}
    </Stack>
  );
}
