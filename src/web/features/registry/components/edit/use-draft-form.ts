// The state every registry edit modal shares: a draft of strings, its own checks, the server's
// field messages, closing that forgets the draft, and saving with a "saved" notice.
// "add" forms (pivot, product) show their checks after the first submit and start blank again
// after a save; "correct" forms check while typing, send only changed fields and keep the saved
// values in the draft.
import { notifications } from "@mantine/notifications";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { fieldErrors } from "../../../../lib/api-error";
import type { Draft } from "./edit-form";

type Save<V> = {
  mutate: (vars: V, options: { onSuccess: () => void }) => void;
  reset: () => void;
  error: unknown;
};

export function useDraftForm<V>(o: {
  kind: "add" | "correct";
  initial: () => Draft;
  save: Save<V>;
  onClose: () => void;
  /** The form's own checks: field → message. */
  check: (draft: Draft) => Record<string, string>;
  /** Other state of the form to forget on close. */
  onReset?: () => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>(o.initial);
  const [tried, setTried] = useState(false);
  const server = fieldErrors(o.save.error);
  const local = o.check(draft);
  const showLocal = o.kind === "correct" || tried;
  const error = (key: string) => (showLocal ? local[key] : undefined) ?? server[key];
  const forget = () => {
    o.save.reset();
    setTried(false);
    o.onReset?.();
  };
  const close = () => {
    forget();
    setDraft(o.initial());
    o.onClose();
  };
  const set = (key: string) => (value: string | null) => setDraft((d) => ({ ...d, [key]: value ?? "" }));
  const field = (key: string) => ({
    value: draft[key] ?? "",
    onChange: (e: { currentTarget: { value: string } }) => set(key)(e.currentTarget.value),
    error: error(key),
  });
  /** Submits what `build` makes of the draft; `undefined` means nothing to send (the form closes). */
  const submit = (build: (draft: Draft) => V | undefined) => (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (Object.keys(local).length > 0) return;
    const vars = build(draft);
    if (vars === undefined) return close();
    o.save.mutate(vars, {
      onSuccess: () => {
        notifications.show({ color: "teal", message: t("registry.edit.saved") });
        if (o.kind === "add") return close();
        forget();
        o.onClose();
      },
    });
  };
  const failure = o.save.error && Object.keys(server).length === 0 ? o.save.error : null;
  return { draft, set, field, close, submit, failure };
}
