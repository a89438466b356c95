// Block 3: the first impact assessment — affected or not and why, turnover before and now,
// workers laid off or sent home, and what the business needs.
import { Input, SegmentedControl, SimpleGrid, Textarea, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { AFFECTED_REASONS, NEEDS } from "../../../../../shared/registry-vocab";
import type { ImpactDraft } from "../../forms/field-draft";
import { ChipChoice } from "./chip-choice";
import type { FieldMessage } from "./field-messages";
import { FormSection } from "./form-section";
import { MoneyInput } from "./money-input";
import { belowInput } from "./nik-input";

type Props = {
  impact: ImpactDraft;
  set: <K extends keyof ImpactDraft>(key: K, value: ImpactDraft[K]) => void;
  message: (path: string) => FieldMessage;
};

export function ImpactSection({ impact, set, message }: Props) {
  const { t } = useTranslation();
  const affected = message("impact.affected");
  const count = (key: "workersLaidOff" | "workersSentHome") => ({
    value: impact[key],
    onChange: (event: { currentTarget: { value: string } }) => set(key, event.currentTarget.value),
    ...message(`impact.${key}`),
    size: "md" as const,
    inputMode: "numeric" as const,
    autoComplete: "off",
  });
  return (
    <FormSection number={3} title={t("registry.form.stepImpact")}>
      <Input.Wrapper
        label={t("registry.form.affected")}
        required
        size="md"
        id="impact-affected"
        labelElement="div"
        error={affected.error}
        description={affected.error ? undefined : affected.description}
        inputWrapperOrder={belowInput}
      >
        <SegmentedControl
          aria-labelledby="impact-affected-label"
          fullWidth
          size="md"
          value={impact.affected}
          onChange={(value) => set("affected", value === "yes" || value === "no" ? value : "")}
          data={[
            { value: "yes", label: t("registry.form.affectedYes") },
            { value: "no", label: t("registry.form.affectedNo") },
          ]}
        />
      </Input.Wrapper>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <MoneyInput
          label={t("registry.form.turnoverBefore")}
          value={impact.turnoverBefore}
          onChange={(value) => set("turnoverBefore", value)}
          message={message("impact.turnoverBefore")}
        />
        <MoneyInput
          label={t("registry.form.turnoverAfter")}
          value={impact.turnoverAfter}
          onChange={(value) => set("turnoverAfter", value)}
          message={message("impact.turnoverAfter")}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
        <TextInput label={t("registry.form.workersLaidOff")} {...count("workersLaidOff")} />
        <TextInput label={t("registry.form.workersSentHome")} {...count("workersSentHome")} />
      </SimpleGrid>
      {impact.affected === "yes" ? (
        <>
          <ChipChoice
            label={t("registry.form.reasons")}
            options={AFFECTED_REASONS.map((reason) => ({
              value: reason,
              label: t(`registry.reasons.${reason}`),
            }))}
            value={impact.reasons}
            onChange={(value) => set("reasons", value)}
          />
          <Textarea
            label={t("registry.form.reasonNote")}
            autosize
            minRows={2}
            size="md"
            value={impact.reasonNote}
            onChange={(event) => set("reasonNote", event.currentTarget.value)}
          />
        </>
      ) : null}
      <ChipChoice
        label={t("registry.form.needs")}
        options={NEEDS.map((need) => ({ value: need, label: t(`registry.needs.${need}`) }))}
        value={impact.needs}
        onChange={(value) => set("needs", value)}
      />
    </FormSection>
  );
}
