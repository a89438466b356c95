// Refusals of training follow-ups (merged into the module's error table in index.ts).
import { formatDateId, fromLocal } from "../../../../shared/dates";
import { regionZone } from "../../../../shared/local-time";
import { type AppError, moduleErrors } from "../../../platform/errors";

export const OUTCOME_ERRORS = {
  TRAINING_OUTCOME_NOT_ELIGIBLE: {
    status: 409,
    id: "Tindak lanjut hanya untuk peserta yang hadir pada pelatihan yang sudah terlaksana.",
    en: "Follow-ups are only for participants who attended a training that was held.",
  },
  TRAINING_OUTCOME_NOT_HELD: {
    status: 409,
    id: "Pelatihan ini belum terlaksana (atau dibatalkan); tindak lanjut baru bisa dicatat 3 dan 6 bulan setelah pelatihan selesai.",
    en: "This training has not been held (or was cancelled); follow-ups are recorded 3 and 6 months after it ends.",
  },
  TRAINING_OUTCOME_NOT_DUE: {
    status: 409,
    id: "Tindak lanjut ini belum jatuh tempo.",
    en: "This follow-up is not due yet.",
  },
  TRAINING_OUTCOME_RECORDED: {
    status: 409,
    id: "Hasil tindak lanjut ini sudah dicatat.",
    en: "This follow-up's outcome has already been recorded.",
  },
  TRAINING_OUTCOME_MISSED: {
    status: 409,
    id: "Tindak lanjut 3 bulan terlewat: hasil 6 bulan sudah dicatat, jadi hasil yang lebih lama tidak bisa dicatat lagi.",
    en: "The 3-month follow-up was missed: the 6-month outcome is already recorded, so an older one can no longer be recorded.",
  },
} as const;

export const outcomeError = moduleErrors(OUTCOME_ERRORS);

/** Not due yet: the message names the due day as the office writes it ("Rabu, 2 Desember 2020"). */
export function notDue(checkpoint: number, dueOn: string, regionCode: string): AppError {
  const tz = regionZone(regionCode);
  const day = formatDateId(fromLocal({ date: dueOn, hour: 12, tz }), tz);
  return outcomeError("TRAINING_OUTCOME_NOT_DUE", {
    text: {
      id: `Tindak lanjut ${checkpoint} bulan baru jatuh tempo pada ${day}; hasilnya belum bisa dicatat.`,
      en: `The ${checkpoint}-month follow-up is due on ${dueOn}; its outcome cannot be recorded yet.`,
    },
    details: { checkpoint, dueOn },
  });
}
