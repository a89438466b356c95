// NIK with live checking as it is typed: a digit counter while typing, the reason in plain words
// as soon as something is wrong, and the birth date and sex the NIK encodes once it is valid.
import { Text, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { formatCalendarDate, type NikReading, readNik } from "../../forms/check-owner";
import type { FieldMessage } from "./field-messages";

export const belowInput = ["label", "input", "description", "error"] as (
  | "label"
  | "input"
  | "description"
  | "error"
)[];

function Hint({ reading }: { reading: NikReading }) {
  const { t } = useTranslation();
  if (reading.kind === "partial") return <>{t("registry.form.nikTyping", { count: reading.digits })}</>;
  if (reading.kind !== "valid") return <>{t("registry.form.nikHint")}</>;
  return (
    <Text span size="xs" c="teal.8" fw={500}>
      {t("registry.form.nikOk", {
        date: formatCalendarDate(reading.info.birthDate),
        sex: t(`registry.sex.${reading.info.sex}`),
      })}
    </Text>
  );
}

export function NikInput({
  value,
  onChange,
  message,
  label,
}: {
  value: string;
  onChange: (value: string, reading: NikReading) => void;
  message: FieldMessage;
  label: string;
}) {
  const reading = readNik(value);
  return (
    <TextInput
      label={label}
      value={value}
      onChange={(event) => {
        const next = event.currentTarget.value;
        onChange(next, readNik(next));
      }}
      inputMode="numeric"
      autoComplete="off"
      maxLength={24}
      required
      size="md"
      styles={{ input: { fontFamily: "var(--mantine-font-family-monospace)", letterSpacing: "0.04em" } }}
      error={message.error}
      description={<Hint reading={reading} />}
      inputWrapperOrder={belowInput}
    />
  );
}
