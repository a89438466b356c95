// "Apakah ini orang yang sama?": the owner typed (online or offline) next to the registered person
// the server named, and the three answers. The answer travels with the queued record, which is
// sent again at once: nothing is attached or duplicated without the user's word. A candidate
// registered under the same NIK leaves one answer: one NIK is one person (else the NIK is wrong).
import { Alert, Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Textarea, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { DuplicateDecision } from "../../../../../server/modules/registry/contract-register";
import { useBusinessPage } from "../../hooks/use-registry";
import { decideDuplicate } from "../../offline/duplicate-decision";
import { type FieldOutboxRecord, outboxStore } from "../../offline/outbox-db";
import type { DuplicateCandidate } from "../../offline/outbox-types";
import { syncNow } from "../../offline/sync-runner";

type Side = { name: string; nik: string; birthDate: string | null; business: string; village: string };

function Facts({ title, side, extra }: { title: string; side: Side | null; extra?: string }) {
  const { t } = useTranslation();
  const rows: Array<[string, string]> = side
    ? [
        [t("registry.duplicate.name"), side.name],
        [t("registry.duplicate.nik"), side.nik],
        [t("registry.duplicate.birthDate"), side.birthDate ?? "—"],
        [t("registry.duplicate.business"), side.business],
        [t("registry.duplicate.village"), side.village],
      ]
    : [];
  return (
    <Paper withBorder p="sm">
      <Group justify="space-between" mb={4}>
        <Text fw={600} size="sm">
          {title}
        </Text>
        {extra ? <Badge variant="light">{extra}</Badge> : null}
      </Group>
      {rows.map(([label, value]) => (
        <Text size="sm" key={label}>
          <Text span c="dimmed">
            {label}:
          </Text>{" "}
          {value}
        </Text>
      ))}
    </Paper>
  );
}

function Registered({ candidate }: { candidate: DuplicateCandidate }) {
  const { t } = useTranslation();
  const page = useBusinessPage(candidate.businessId ?? "");
  const data = candidate.businessId ? page.data : undefined;
  const side: Side | null = data
    ? {
        name: data.owner.name,
        nik: data.owner.nik,
        birthDate: data.owner.birthDate,
        business: data.business.name,
        village: data.business.regionName ?? data.business.regionCode,
      }
    : null;
  return (
    <Facts
      title={t("registry.duplicate.registered")}
      side={side}
      extra={t("registry.duplicate.score", { score: Math.round(candidate.score * 100) })}
    />
  );
}

export function DuplicateQuestion({
  record,
  villageName,
}: {
  record: FieldOutboxRecord;
  villageName?: string;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const candidate = record.candidates?.[0];
  const sameNik = candidate?.reasons.includes("nik") ?? false;
  const body = record.payload.body;
  const typed: Side = {
    name: body.owner?.name ?? record.summary.ownerName,
    nik: body.owner?.nik ? `${body.owner.nik.slice(0, 4)}********${body.owner.nik.slice(-4)}` : "—",
    birthDate: body.owner?.birthDate ?? null,
    business: body.business.name,
    village: villageName ?? record.summary.village,
  };
  const decide = async (decision: DuplicateDecision) => {
    setBusy(true);
    await decideDuplicate(outboxStore, record.clientId, decision, Date.now());
    await syncNow(record.userId);
    setBusy(false);
  };
  return (
    <Paper withBorder p="md" data-testid="duplicate-question">
      <Stack gap="sm">
        <Title order={3} fz="h4">
          {t("registry.duplicate.question")}
        </Title>
        <Text size="sm">{t("registry.duplicate.intro")}</Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Facts title={t("registry.duplicate.typed")} side={typed} />
          {candidate ? <Registered candidate={candidate} /> : null}
        </SimpleGrid>
        {sameNik ? (
          <Alert color="orange" data-testid="duplicate-same-nik">
            {t("registry.duplicate.sameNik")}
          </Alert>
        ) : null}
        {reason === null ? (
          <Group gap="sm">
            <Button
              loading={busy}
              disabled={!candidate}
              onClick={() => candidate && void decide({ kind: "same_person", personId: candidate.personId })}
            >
              {t("registry.duplicate.same")}
            </Button>
            {sameNik ? null : (
              <>
                <Button variant="default" onClick={() => setReason("")}>
                  {t("registry.duplicate.different")}
                </Button>
                <Button
                  variant="subtle"
                  loading={busy}
                  disabled={!candidate}
                  onClick={() => candidate && void decide({ kind: "not_sure", personId: candidate.personId })}
                >
                  {t("registry.duplicate.notSure")}
                </Button>
              </>
            )}
          </Group>
        ) : (
          <Stack gap="xs">
            <Textarea
              label={t("registry.duplicate.reason")}
              description={t("registry.duplicate.reasonHint")}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              autosize
              minRows={2}
            />
            <Group gap="sm">
              <Button
                loading={busy}
                disabled={reason.trim().length < 3}
                onClick={() => void decide({ kind: "new_person", reason: reason.trim() })}
              >
                {t("registry.duplicate.saveNew")}
              </Button>
            </Group>
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
