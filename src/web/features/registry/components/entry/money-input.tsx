// Rupiah typed the way people say it ("3 jt", "750 rb", "Rp 1.500.000"), read back in full under
// the field so the person sees what will be saved. Never <input type=number>: it would read
// "1.500" as one and a half.
import { TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { formatRupiah } from "../../../../../shared/money";
import { readMoney } from "../../forms/check-business";
import type { FieldMessage } from "./field-messages";
import { belowInput } from "./nik-input";

export function MoneyInput({
  label,
  value,
  onChange,
  message,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  message: FieldMessage;
}) {
  const { t } = useTranslation();
  const read = readMoney(value);
  const echo = typeof read === "number" ? t("registry.form.moneyRead", { amount: formatRupiah(read) }) : null;
  return (
    <TextInput
      label={label}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      placeholder={t("registry.form.moneyHint")}
      inputMode="text"
      autoComplete="off"
      size="md"
      leftSection="Rp"
      error={message.error}
      description={message.description ?? echo}
      inputWrapperOrder={belowInput}
    />
  );
}
