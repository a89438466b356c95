// Switches the UI between Bahasa Indonesia and English. `onChange` lets a signed-in page also save
// the choice on the account; by default (signed out) it is remembered in this browser and saved on
// the account at the next sign-in.
import { SegmentedControl } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { chooseLanguageSignedOut, isLanguage, type Language } from "../../i18n";

export function LanguageSwitch({
  onChange,
  disabled,
  size = "xs",
}: {
  onChange?: (language: Language) => void;
  disabled?: boolean;
  size?: "xs" | "sm" | "md";
}) {
  const { t, i18n } = useTranslation();
  return (
    <SegmentedControl
      size={size}
      disabled={disabled}
      aria-label={t("language.label")}
      value={i18n.language}
      onChange={(value) => {
        if (!isLanguage(value)) return;
        if (onChange) onChange(value);
        else void chooseLanguageSignedOut(value);
      }}
      data={[
        { value: "id", label: "Indonesia" },
        { value: "en", label: "English" },
      ]}
    />
  );
}
