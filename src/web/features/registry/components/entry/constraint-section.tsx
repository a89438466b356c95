// Block 4 (optional): a kendala seen during the visit, sent to the constraints board with the record.
import { Select, Switch, Textarea } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { CONSTRAINT_TYPES, type ConstraintType } from "../../../../../shared/registry-vocab";
import type { ConstraintDraft } from "../../forms/field-draft";
import type { FieldMessage } from "./field-messages";
import { FormSection } from "./form-section";

type Props = {
  constraint: ConstraintDraft;
  set: <K extends keyof ConstraintDraft>(key: K, value: ConstraintDraft[K]) => void;
  message: (path: string) => FieldMessage;
};

const isType = (value: string | null): value is ConstraintType =>
  CONSTRAINT_TYPES.some((type) => type === value);

export function ConstraintSection({ constraint, set, message }: Props) {
  const { t } = useTranslation();
  return (
    <FormSection number={4} title={t("registry.form.stepConstraint")}>
      <Switch
        size="md"
        label={t("registry.form.addConstraint")}
        checked={constraint.enabled}
        onChange={(event) => set("enabled", event.currentTarget.checked)}
      />
      {constraint.enabled ? (
        <>
          <Select
            label={t("registry.form.constraintType")}
            required
            size="md"
            data={CONSTRAINT_TYPES.map((type) => ({
              value: type,
              label: t(`registry.constraintTypes.${type}`),
            }))}
            value={constraint.type === "" ? null : constraint.type}
            onChange={(value) => set("type", isType(value) ? value : "")}
            error={message("constraint.type").error}
            comboboxProps={{ withinPortal: true }}
          />
          <Textarea
            label={t("registry.form.constraintDescription")}
            placeholder={t("registry.form.constraintHint")}
            required
            autosize
            minRows={3}
            size="md"
            value={constraint.description}
            onChange={(event) => set("description", event.currentTarget.value)}
            error={message("constraint.description").error}
          />
        </>
      ) : null}
    </FormSection>
  );
}
