// One candidate pair in the review queue: both records side by side, the field weights, and the
// reviewer's choice — merge (keeping A or B), not the same, or skip — or who decided and when.
import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
} from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Decision } from "../api/linkage-api";
import type { ReviewItem } from "../api/types";
import { formatMoment, percent } from "../lib/format";
import { RecordCompare } from "./record-compare";
import { WeightsList } from "./weights-list";

type Props = {
  item: ReviewItem;
  scope: string;
  selected: boolean;
  busy: boolean;
  onSelect: (checked: boolean) => void;
  onDecide: (decision: Decision, survivor: "a" | "b") => void;
};

/** The older record is kept by default, as the server does. */
function defaultSurvivor(item: ReviewItem): "a" | "b" {
  if (!item.a || !item.b) return "a";
  return item.b.createdAt < item.a.createdAt ? "b" : "a";
}

export function ReviewCard({ item, scope, selected, busy, onSelect, onDecide }: Props) {
  const { t, i18n } = useTranslation();
  const [survivor, setSurvivor] = useState<"a" | "b">(defaultSurvivor(item));
  const open = item.status === "open" || item.status === "skipped";
  const title = item.a && item.b ? `${item.a.ownerName} / ${item.b.ownerName}` : item.id;
  return (
    <Paper
      withBorder
      p="md"
      component="article"
      aria-label={title}
      data-testid="review-pair"
      data-pair-id={item.id}
      data-status={item.status}
    >
      <Group justify="space-between" mb="sm" wrap="wrap" gap="xs">
        <Group gap="xs">
          {open ? (
            <Checkbox
              aria-label={t("linkage.review.select")}
              checked={selected}
              onChange={(e) => onSelect(e.currentTarget.checked)}
            />
          ) : null}
          <Text fw={600}>{title}</Text>
        </Group>
        <Group gap={6}>
          <Badge color={item.decision === "match" ? "teal" : "orange"} variant="light">
            {t(`linkage.decisions.${item.decision}`)}
          </Badge>
          <Badge variant="outline">
            {t("linkage.review.probability", { percent: percent(item.probability, i18n.language) })}
          </Badge>
          {item.status !== "open" ? <Badge color="gray">{t(`linkage.statuses.${item.status}`)}</Badge> : null}
        </Group>
      </Group>
      {item.nikConflict ? (
        <Alert color="red" variant="light" mb="sm" p="xs">
          {t("linkage.review.nikConflict")}
        </Alert>
      ) : null}
      {item.note === "nikConflictInCluster" ? (
        <Alert color="orange" variant="light" mb="sm" p="xs">
          {t("linkage.review.note")}
        </Alert>
      ) : null}
      {item.note === "askedAtEntry" ? (
        <Alert color="blue" variant="light" mb="sm" p="xs" data-testid="review-asked">
          {t("linkage.review.asked")}
        </Alert>
      ) : null}
      <SimpleGrid cols={{ base: 1, lg: 3 }} spacing="md">
        <div style={{ gridColumn: "span 2" }}>
          {item.a && item.b ? <RecordCompare a={item.a} b={item.b} scope={scope} /> : null}
        </div>
        <WeightsList contributions={item.contributions} total={item.weight} />
      </SimpleGrid>
      {open ? (
        <Stack gap="xs" mt="md">
          <Group gap="sm" wrap="wrap">
            <Text size="sm">{t("linkage.review.survivor")}:</Text>
            <SegmentedControl
              size="xs"
              value={survivor}
              onChange={(v) => setSurvivor(v === "b" ? "b" : "a")}
              data={[
                { value: "a", label: t("linkage.review.recordA") },
                { value: "b", label: t("linkage.review.recordB") },
              ]}
            />
          </Group>
          <Group gap="xs">
            <Button color="teal" loading={busy} onClick={() => onDecide("accept", survivor)}>
              {t("linkage.review.accept")}
            </Button>
            <Button color="red" variant="light" disabled={busy} onClick={() => onDecide("reject", survivor)}>
              {t("linkage.review.reject")}
            </Button>
            {item.status === "open" ? (
              <Button variant="default" disabled={busy} onClick={() => onDecide("skip", survivor)}>
                {t("linkage.review.skip")}
              </Button>
            ) : null}
          </Group>
        </Stack>
      ) : null}
      {item.decidedByName && item.decidedAt ? (
        <Text size="xs" c="dimmed" mt="sm">
          {t("linkage.review.decidedBy", {
            name: item.decidedByName,
            when: formatMoment(item.decidedAt, { scope, language: i18n.language }),
          })}
        </Text>
      ) : null}
    </Paper>
  );
}
