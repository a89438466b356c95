// Collects a row's reasons: one entry per code (a row with both omzet columns written as text has
// one MONEY_PARSED quoting both values), policy codes as errors, this system's extras as notes.

import { POLICY_REASON_CODES, type ReasonCode, reasonLevel } from "../domain";
import type { CanonicalField } from "./fields";
import { type MessageDetails, reasonMessage } from "./messages";
import type { RowReason } from "./row-result";
import type { ReasonSink } from "./row-text";

type Entry = { fields: CanonicalField[]; values: string[]; details: MessageDetails };

const RANK = { error: 0, warning: 1, info: 2 } as const;

export type ReasonCollector = {
  readonly add: ReasonSink;
  finish(): { errors: RowReason[]; notes: RowReason[] };
};

export function createReasonCollector(): ReasonCollector {
  const entries = new Map<ReasonCode, Entry>();
  return {
    add(field, code, details = {}) {
      const entry = entries.get(code);
      if (!entry) {
        entries.set(code, { fields: [field], values: details.value ? [details.value] : [], details });
        return;
      }
      if (!entry.fields.includes(field)) entry.fields.push(field);
      if (details.value && !entry.values.includes(details.value)) entry.values.push(details.value);
    },
    finish() {
      const all = [...entries].map(([code, entry]): RowReason => {
        const details = { ...entry.details, value: undefined, values: entry.values };
        return {
          field: entry.fields[0] ?? "nama",
          code,
          level: reasonLevel(code),
          message: reasonMessage(code, details),
        };
      });
      all.sort((a, b) => RANK[a.level] - RANK[b.level]);
      return {
        errors: all.filter((r) => POLICY_REASON_CODES.has(r.code)),
        notes: all.filter((r) => !POLICY_REASON_CODES.has(r.code)),
      };
    },
  };
}
