// The four blocks of a field record and the save bar that stays at the bottom of the screen on
// phones, so "Simpan" is always one tap away.
import { Alert, Button, Paper, Stack, Text } from "@mantine/core";
import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Slot } from "../../../../lib/slots";
import type { FieldDraft } from "../../forms/field-draft";
import type { Problems } from "../../forms/problems";
import type { useFieldDraft } from "../../hooks/use-field-draft";
import { BusinessSection } from "./business-section";
import { ConstraintSection } from "./constraint-section";
import { useFieldMessages } from "./field-messages";
import { ImpactSection } from "./impact-section";
import { OwnerSection } from "./owner-section";

type DraftState = ReturnType<typeof useFieldDraft>;

export type EntryFormProps = {
  state: DraftState;
  scope: string;
  today: string;
  problems: Problems;
  serverIssues: Record<string, string>;
  showErrorSummary: boolean;
  saving: boolean;
  online: boolean;
  onSubmit: () => void;
};

export function EntryForm({
  state,
  scope,
  today,
  problems,
  serverIssues,
  showErrorSummary,
  saving,
  online,
  onSubmit,
}: EntryFormProps) {
  const { t } = useTranslation();
  const message = useFieldMessages(problems, serverIssues);
  const { draft, update, setDraft } = state;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t("registry.form.fieldTitle")}>
      <Stack gap="md" pb={96}>
        <OwnerSection
          owner={draft.owner}
          scope={scope}
          today={today}
          set={(key, value) => update("owner", key, value)}
          setOwner={(owner) => setDraft((current: FieldDraft) => ({ ...current, owner }))}
          message={message}
        />
        <Slot name="duplicateHint" draft={{ ...draft.owner, regionCode: draft.business.regionCode }} />
        <BusinessSection
          business={draft.business}
          scope={scope}
          set={(key, value) => update("business", key, value)}
          message={message}
        />
        <ImpactSection
          impact={draft.impact}
          set={(key, value) => update("impact", key, value)}
          message={message}
        />
        <ConstraintSection
          constraint={draft.constraint}
          set={(key, value) => update("constraint", key, value)}
          message={message}
        />
      </Stack>
      <Paper
        withBorder
        shadow="md"
        p="sm"
        radius={0}
        style={{
          position: "sticky",
          bottom: 0,
          zIndex: 5,
          marginInline: "calc(var(--mantine-spacing-sm) * -1)",
        }}
      >
        <Stack gap={6}>
          {showErrorSummary ? (
            <Alert color="red" variant="light" p="xs" role="alert">
              <Text size="sm">{t("registry.form.fixErrors")}</Text>
            </Alert>
          ) : null}
          <Button type="submit" size="lg" fullWidth loading={saving}>
            {online ? t("registry.form.save") : t("registry.form.saveOffline")}
          </Button>
        </Stack>
      </Paper>
    </form>
  );
}
