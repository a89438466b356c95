// The entry form's state, kept in localStorage per user while it is being typed, so a reload, a
// closed tab or a flat battery does not lose a half-filled record.
import { useEffect, useRef, useState } from "react";
import { blankDraft, type FieldDraft } from "../forms/field-draft";

const keyFor = (userId: string) => `sinergi.registry.draft.${userId}`;

function load(userId: string): FieldDraft | null {
  try {
    const text = localStorage.getItem(keyFor(userId));
    if (!text) return null;
    const stored = JSON.parse(text) as Partial<FieldDraft>;
    // Merge with the blank shape so a draft saved by an older version still has every field.
    return {
      owner: { ...blankDraft.owner, ...stored.owner },
      business: { ...blankDraft.business, ...stored.business },
      impact: { ...blankDraft.impact, ...stored.impact },
      constraint: { ...blankDraft.constraint, ...stored.constraint },
    };
  } catch {
    return null;
  }
}

function isBlank(draft: FieldDraft): boolean {
  return JSON.stringify(draft) === JSON.stringify(blankDraft);
}

export type DraftSection = keyof FieldDraft;

export function useFieldDraft(userId: string, initial?: FieldDraft) {
  const [restored] = useState(() => (initial ? null : load(userId)));
  const [draft, setDraft] = useState<FieldDraft>(initial ?? restored ?? blankDraft);
  const persist = useRef(!initial);

  useEffect(() => {
    if (!persist.current) return;
    const timer = setTimeout(() => {
      try {
        if (isBlank(draft)) localStorage.removeItem(keyFor(userId));
        else localStorage.setItem(keyFor(userId), JSON.stringify(draft));
      } catch {
        // Storage full or disabled: the form still works, only without the safety copy.
      }
    }, 300);
    return () => clearTimeout(timer);
  }, [draft, userId]);

  function update<S extends DraftSection, K extends keyof FieldDraft[S]>(
    section: S,
    key: K,
    value: FieldDraft[S][K],
  ): void {
    setDraft((current) => ({ ...current, [section]: { ...current[section], [key]: value } }));
  }

  const reset = () => {
    setDraft(blankDraft);
    try {
      localStorage.removeItem(keyFor(userId));
    } catch {
      // See above.
    }
  };

  return { draft, update, setDraft, reset, wasRestored: restored !== null && !isBlank(restored) };
}
