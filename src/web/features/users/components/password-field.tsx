// A password input with a "generate" link, for passwords an admin hands out to a user.
import { Anchor, PasswordInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { generatePassword } from "../validation";

type Props = { label: string; value: string; onChange: (value: string) => void; error?: string };

export function PasswordField({ label, value, onChange, error }: Props) {
  const { t } = useTranslation();
  const [visible, setVisible] = useState(false);
  return (
    <PasswordInput
      label={label}
      required
      autoComplete="new-password"
      value={value}
      visible={visible}
      onVisibilityChange={setVisible}
      onChange={(event) => onChange(event.currentTarget.value)}
      error={error}
      inputWrapperOrder={["label", "input", "error", "description"]}
      description={
        <Anchor
          component="button"
          type="button"
          size="xs"
          onClick={() => {
            onChange(generatePassword());
            setVisible(true);
          }}
        >
          {t("users.generatePassword")}
        </Anchor>
      }
    />
  );
}
