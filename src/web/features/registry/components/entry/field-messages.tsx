// Turns found problems into Mantine input props: errors in red (`error`), warnings in orange under
// the field (`description`), so a warning never looks like something that blocks saving.
import { Text } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { Problems } from "../../forms/problems";

export type FieldMessage = { error?: string; description?: ReactNode };

/** `server` holds the server's own messages (already in the user's language) by field path. */
export function useFieldMessages(
  problems: Problems,
  server: Record<string, string> = {},
): (path: string, hint?: ReactNode) => FieldMessage {
  const { t } = useTranslation();
  return (path, hint) => {
    const serverMessage = server[path];
    if (serverMessage) return { error: serverMessage, description: hint };
    const problem = problems[path];
    if (!problem) return { description: hint };
    const text = t(`registry.check.${problem.key}`, problem.values ?? {});
    if (problem.level === "error") return { error: text, description: hint };
    return {
      description: (
        <Text span size="xs" c="orange.8" fw={500}>
          {text}
        </Text>
      ),
    };
  };
}
