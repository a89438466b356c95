// Pendataan lapangan / Data usaha baru: one record (owner, business, impact, kendala) per save.
// Works without signal: the record waits in the browser's queue and is sent when signal returns.
// `?ubah=<client id>` reopens a refused queued record for correction.
import { Alert, Button, Group } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { type QueryClient, useQueryClient } from "@tanstack/react-query";
import { useSearch } from "@tanstack/react-router";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { PageHeader } from "../../../../components/ui/page-header";
import type { RegionSummary } from "../../../../lib/regions/types";
import { useCurrentUser } from "../../../../lib/session/current-user";
import type { Me } from "../../../../lib/session/types";
import { checkDraft } from "../../forms/field-record";
import { hasErrors } from "../../forms/problems";
import { useFieldDraft } from "../../hooks/use-field-draft";
import { useOnline } from "../../hooks/use-online";
import { useOutboxSync } from "../../hooks/use-outbox";
import { type SaveResult, saveFieldRecord } from "../../hooks/use-save-record";
import { todayIn } from "../../lib/format";
import { getFieldRecord } from "../../offline/outbox-db";
import { ConnectionStatus } from "../connection-status";
import { EntryForm } from "./entry-form";
import { PrefetchVillages } from "./prefetch-villages";
import { SaveResultPanel } from "./save-result";

function villageName(queryClient: QueryClient, code: string | null): string {
  if (!code) return "";
  const parent = code.split(".").slice(0, 3).join(".");
  const siblings = queryClient.getQueryData<RegionSummary[]>(["regions", "children", parent]);
  return siblings?.find((region) => region.code === code)?.name ?? code;
}

function EntryFormPage({ me, editing }: { me: Me; editing?: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const online = useOnline();
  const state = useFieldDraft(editing ? `${me.id}.edit` : me.id);
  const [submitted, setSubmitted] = useState(false);
  const [saving, setSaving] = useState(false);
  const [serverIssues, setServerIssues] = useState<Record<string, string>>({});
  const [result, setResult] = useState<Exclude<SaveResult, { kind: "refused" }> | null>(null);
  const [restoredNotice, setRestoredNotice] = useState(state.wasRestored && !editing);
  const today = todayIn(me.scope);
  const problems = checkDraft(state.draft, { today, final: submitted });
  const { setDraft } = state;

  useEffect(() => {
    if (!editing) return;
    void getFieldRecord(editing).then((record) => {
      if (record?.payload.draft) setDraft(record.payload.draft);
      if (record?.issues) setServerIssues(record.issues);
    });
  }, [editing, setDraft]);

  const save = async () => {
    setSubmitted(true);
    setServerIssues({});
    if (hasErrors(checkDraft(state.draft, { today, final: true }))) return;
    setSaving(true);
    try {
      const { draft } = state;
      const outcome = await saveFieldRecord({
        me,
        draft,
        villageName: villageName(queryClient, draft.owner.villageCode),
        editing,
      });
      if (outcome.kind === "refused") {
        setServerIssues(outcome.issues);
        notifications.show({ color: "red", message: outcome.message });
        return;
      }
      state.reset();
      setSubmitted(false);
      setResult(outcome);
      window.scrollTo({ top: 0 });
    } finally {
      setSaving(false);
    }
  };

  if (result) return <SaveResultPanel result={result} onAnother={() => setResult(null)} />;
  return (
    <>
      {restoredNotice ? (
        <Alert color="blue" variant="light" mb="md" withCloseButton onClose={() => setRestoredNotice(false)}>
          <Group justify="space-between" gap="xs">
            {t("registry.form.draftRestored")}
            <Button
              size="compact-sm"
              variant="subtle"
              onClick={() => {
                state.reset();
                setRestoredNotice(false);
              }}
            >
              {t("registry.form.discardDraft")}
            </Button>
          </Group>
        </Alert>
      ) : null}
      <EntryForm
        state={state}
        scope={me.scope}
        today={today}
        problems={problems}
        serverIssues={serverIssues}
        showErrorSummary={submitted && (hasErrors(problems) || Object.keys(serverIssues).length > 0)}
        saving={saving}
        online={online}
        onSubmit={() => void save()}
      />
    </>
  );
}

export function FieldEntryPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const search: { ubah?: unknown } = useSearch({ strict: false });
  const editing = typeof search.ubah === "string" ? search.ubah : undefined;
  useOutboxSync(me.id);
  const online = useOnline();
  const isField = me.role === "pendamping";
  return (
    <div style={{ maxWidth: 820, marginInline: "auto" }}>
      <PageHeader
        title={isField ? t("registry.form.fieldTitle") : t("registry.form.newTitle")}
        subtitle={t("registry.form.subtitle")}
        actions={<ConnectionStatus />}
      />
      <EntryFormPage key={editing ?? "new"} me={me} editing={editing} />
      <PrefetchVillages scope={me.scope} online={online} />
    </div>
  );
}
