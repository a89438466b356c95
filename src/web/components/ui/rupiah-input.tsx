// Rupiah typed the way people say it ("5 jt", "750 rb", "Rp 1.500.000"), read back in full under the
// field so the person sees what will be saved. Never a number input: it reads "5 jt" as 5 and
// "1.500" as one and a half.
import { TextInput } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { formatRupiah } from "../../../shared/money";
import { parseRupiah } from "../../../shared/money-parse";

export type RupiahRead = { kind: "empty" } | { kind: "ok"; value: number } | { kind: "invalid"; key: string };

/** What the field holds: nothing, whole non-negative Rupiah, or why it cannot be read. */
export function readRupiahField(text: string): RupiahRead {
  if (text.trim() === "") return { kind: "empty" };
  const parsed = parseRupiah(text);
  if (!parsed.ok)
    return { kind: "invalid", key: parsed.reason === "NOT_WHOLE_RUPIAH" ? "fraction" : "invalid" };
  if (parsed.value < 0) return { kind: "invalid", key: "negative" };
  return { kind: "ok", value: parsed.value };
}

export function RupiahInput({
  label,
  value,
  onChange,
  error,
  required,
  testId,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** The server's message for this field, shown when the text itself reads fine. */
  error?: ReactNode;
  required?: boolean;
  testId?: string;
}) {
  const { t } = useTranslation();
  const read = readRupiahField(value);
  return (
    <TextInput
      label={label}
      value={value}
      required={required}
      onChange={(event) => onChange(event.currentTarget.value)}
      placeholder={t("common.money.hint")}
      inputMode="text"
      autoComplete="off"
      leftSection="Rp"
      data-testid={testId}
      error={read.kind === "invalid" ? t(`common.money.${read.key}` as "common.money.invalid") : error}
      description={
        read.kind === "ok" ? t("common.money.read", { amount: formatRupiah(read.value) }) : undefined
      }
    />
  );
}
