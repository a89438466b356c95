// Exchange with the ministry and the bank: the template and decree exports, the decision and bank
// imports (a rejected bank file lists every conflict), and the reconciliation.
import { Anchor, Badge, Button, Card, FileInput, Group, List, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../components/ui/error-alert";
import { isApiError } from "../../../lib/api";
import { useCurrentUser } from "../../../lib/session/current-user";
import { decreeUrl, exportUrl } from "../api/aid-api";
import type { ProposalDetail } from "../api/types";
import { useBatches, useUploadBank, useUploadDecision } from "../hooks/use-aid";
import { canPropose, canVerify, formatRupiah, isFrozenStatus } from "../lib/format";
import { ReconciliationPanel } from "./reconciliation-panel";

function IssueList({ error }: { error: unknown }) {
  if (!isApiError(error) || error.issues.length === 0) return null;
  return (
    <List size="sm" mt="xs" data-testid="issues">
      {error.issues.map((i) => (
        <List.Item key={`${i.path}-${i.message}`}>{`${i.path}: ${i.message}`}</List.Item>
      ))}
    </List>
  );
}

function Importer({
  label,
  hint,
  run,
  done,
}: {
  label: string;
  hint?: string;
  run: ReturnType<typeof useUploadBank> | ReturnType<typeof useUploadDecision>;
  done: string | null;
}) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  return (
    <Card withBorder radius="md">
      <Title order={4} mb="xs">
        {label}
      </Title>
      <Group align="flex-end">
        <FileInput
          label={label}
          description={hint}
          accept=".xlsx,.csv"
          value={file}
          onChange={setFile}
          clearable
          miw={320}
        />
        <Button disabled={!file} loading={run.isPending} onClick={() => file && run.mutate(file)}>
          {t("aid.exchange.importButton")}
        </Button>
      </Group>
      <ErrorAlert error={run.error} />
      <IssueList error={run.error} />
      {done ? (
        <Text size="sm" mt="sm" role="status">
          {done}
        </Text>
      ) : null}
    </Card>
  );
}

export function ExchangePanel({ proposal }: { proposal: ProposalDetail }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const decision = useUploadDecision(proposal.id);
  const bank = useUploadBank(proposal.id);
  const batches = useBatches(proposal.id);
  const frozen = isFrozenStatus(proposal.status);
  return (
    <Stack gap="md">
      <Card withBorder radius="md">
        <Title order={4} mb="xs">
          {t("aid.exchange.exports")}
        </Title>
        <Group>
          {canPropose(me.role) ? (
            <Anchor href={exportUrl(proposal.id)} download data-testid="export-template">
              {t("aid.exchange.template")}
            </Anchor>
          ) : null}
          {frozen ? (
            <Anchor href={decreeUrl(proposal.id)} target="_blank" rel="noopener">
              {t("aid.exchange.decree")}
            </Anchor>
          ) : null}
        </Group>
        {!frozen ? (
          <Text size="sm" c="dimmed" mt="xs">
            {t("aid.exchange.notFrozen")}
          </Text>
        ) : null}
      </Card>
      {frozen && canVerify(me.role) ? (
        <>
          <Importer
            label={t("aid.exchange.decision")}
            run={decision}
            done={decision.data ? t("aid.exchange.decisionDone", decision.data) : null}
          />
          <Importer
            label={t("aid.exchange.bank")}
            hint={t("aid.exchange.bankHint")}
            run={bank}
            done={bank.data ? t("aid.exchange.bankDone", bank.data) : null}
          />
        </>
      ) : null}
      {(batches.data ?? []).length > 0 ? (
        <Card withBorder radius="md">
          <Title order={4} mb="xs">
            {t("aid.exchange.batches")}
          </Title>
          {(batches.data ?? []).map((b) => (
            <Group key={b.id} gap="xs" mb={4}>
              <Badge color={b.status === "accepted" ? "green" : "red"} variant="light">
                {t(b.status === "accepted" ? "aid.exchange.acceptedFile" : "aid.exchange.rejectedFile")}
              </Badge>
              <Text size="sm">
                {b.fileName} · {b.paidCount}/{b.rowCount} · {formatRupiah(b.paidAmount)} ·{" "}
                {new Date(b.importedAt).toLocaleString("id-ID")}
              </Text>
            </Group>
          ))}
        </Card>
      ) : null}
      {frozen ? <ReconciliationPanel proposalId={proposal.id} /> : null}
    </Stack>
  );
}
