// One recipient: identity (masked), business, problems with evidence, and the two ways out of a
// problem — a written justification, or removal with a reason.
import { Anchor, Badge, Button, Card, Group, Stack, Text, Textarea } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../components/ui/error-alert";
import { letterUrl } from "../api/aid-api";
import type { Item, Problem } from "../api/types";
import type { Handover } from "../api/types-exchange";
import { useJustify, useRemoveItem } from "../hooks/use-aid";
import { sectorName } from "../lib/format";
import { EvidenceView } from "./evidence-view";
import { HandoverBox } from "./handover-box";
import { ReasonAction } from "./reason-action";
import { ReviseBox } from "./revise-box";

function ProblemBlock({
  proposalId,
  item,
  problem,
  editable,
}: {
  proposalId: string;
  item: Item;
  problem: Problem;
  editable: boolean;
}) {
  const { t } = useTranslation();
  const justify = useJustify(proposalId);
  const [text, setText] = useState("");
  return (
    <Card
      withBorder
      radius="sm"
      p="sm"
      bg={problem.justification ? undefined : "var(--mantine-color-red-0)"}
      data-testid="problem"
    >
      <Group gap="xs" mb={4}>
        {/* the code stays for support, as the label's tooltip */}
        <Badge color={problem.justification ? "gray" : "red"} variant="light" title={problem.code}>
          {t(`aid.codes.${problem.code}`, { defaultValue: problem.code })}
        </Badge>
      </Group>
      <Text size="sm" mb={6}>
        {problem.message}
      </Text>
      <Text size="xs" fw={600} c="dimmed">
        {t("aid.items.evidence")}
      </Text>
      <EvidenceView evidence={problem.evidence} />
      {problem.justification ? (
        <Text size="sm" mt={6}>
          <Text span fw={600}>
            {t("aid.items.justifiedBy", { by: problem.justification.by })}:
          </Text>{" "}
          {problem.justification.text}
        </Text>
      ) : editable ? (
        <Stack gap={4} mt={6}>
          <Textarea
            label={t("aid.items.justification")}
            description={t("aid.items.justificationHint")}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            autosize
            minRows={2}
          />
          <ErrorAlert error={justify.error} />
          <Group>
            <Button
              size="xs"
              variant="light"
              loading={justify.isPending}
              disabled={text.trim().length < 5}
              onClick={() => justify.mutate({ itemId: item.id, problemKey: problem.key, text: text.trim() })}
            >
              {t("aid.items.saveJustification")}
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Card>
  );
}

function RemoveBox({ proposalId, item }: { proposalId: string; item: Item }) {
  const { t } = useTranslation();
  const remove = useRemoveItem(proposalId);
  return (
    <ReasonAction
      label={t("aid.items.remove")}
      reasonLabel={t("aid.items.removeReason")}
      pending={remove.isPending}
      error={remove.error}
      onConfirm={(reason) => remove.mutate({ itemId: item.id, reason })}
    />
  );
}

export function ItemCard({
  proposalId,
  item,
  editable,
  canPrint,
  handover,
  canRevise,
}: {
  proposalId: string;
  item: Item;
  editable: boolean;
  canPrint: boolean;
  /** In-kind aid after approval: the hand-over (undefined when not yet handed over). */
  handover?: { done: Handover | undefined };
  /** Approved list and a province admin: removal makes a new frozen version. */
  canRevise?: boolean;
}) {
  const { t, i18n } = useTranslation();
  return (
    <Card withBorder radius="md" p="md" data-testid="item-card">
      <Group justify="space-between" align="flex-start" mb="xs">
        <div>
          <Text fw={700}>{item.name}</Text>
          <Text size="sm" c="dimmed">
            {item.nikMasked}
            {item.noKkMasked ? ` · KK ${item.noKkMasked}` : ""}
            {item.businessName ? ` · ${item.businessName}` : ""}
            {item.sector ? ` · ${sectorName(i18n, item.sector)}` : ""}
          </Text>
          {item.address ? (
            <Text size="xs" c="dimmed">
              {item.address}
            </Text>
          ) : null}
          {item.status === "removed" ? (
            <Text size="sm" c="red">
              {t("aid.items.removed", { reason: item.removedReason ?? "" })}
            </Text>
          ) : null}
          {item.decision ? (
            <Text size="sm">{`${t("aid.items.decision")}: ${t(`aid.decisions.${item.decision}`)}${item.decisionReason ? ` (${item.decisionReason})` : ""}`}</Text>
          ) : null}
        </div>
        <Group gap="xs">
          {canPrint ? (
            <Anchor size="sm" href={letterUrl(item.id)} target="_blank" rel="noopener">
              {t("aid.items.letter")}
            </Anchor>
          ) : null}
          {editable && item.status === "active" ? <RemoveBox proposalId={proposalId} item={item} /> : null}
          {canRevise && item.status === "active" ? (
            <ReviseBox proposalId={proposalId} itemId={item.id} />
          ) : null}
        </Group>
      </Group>
      {handover && item.status === "active" ? (
        <div style={{ marginBottom: 8 }}>
          <HandoverBox proposalId={proposalId} itemId={item.id} done={handover.done} canRecord={canPrint} />
        </div>
      ) : null}
      {item.problems.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("aid.items.noProblems")}
        </Text>
      ) : (
        <Stack gap="xs">
          {item.problems.map((p) => (
            <ProblemBlock
              key={p.key}
              proposalId={proposalId}
              item={item}
              problem={p}
              editable={editable && item.status === "active"}
            />
          ))}
        </Stack>
      )}
    </Card>
  );
}
