// The training module's refusals: its error codes with status and default message in one table,
// and the constructors that name each case.
import { type AppError, moduleErrors } from "../../platform/errors";
import type { EventStatus } from "./domain";

export const TRAINING_ERRORS = {
  TRAINING_PRAKERJA_UNREADABLE: {
    status: 400,
    id: "Berkas daftar Kartu Prakerja tidak dapat dibaca.",
    en: "The Kartu Prakerja list file could not be read.",
  },
  TRAINING_CERTIFIED: {
    status: 409,
    id: "Peserta yang sudah bersertifikat tidak bisa dicatat tidak hadir.",
    en: "A participant with a certificate cannot be marked absent.",
  },
  TRAINING_DUPLICATE_PARTICIPANT: {
    status: 409,
    id: "Sebagian usaha (atau pemiliknya) sudah terdaftar sebagai peserta. Tidak ada yang ditambahkan.",
    en: "Some businesses (or their owners) are already participants. Nothing was added.",
  },
  TRAINING_INVALID_TRANSITION: {
    status: 409,
    id: "Status pelatihan tidak bisa diubah ke tahap itu.",
    en: "The training cannot move to that status.",
  },
  TRAINING_QUOTA_EXCEEDED: {
    status: 409,
    id: "Kuota peserta terlampaui. Tidak ada yang ditambahkan.",
    en: "The participant quota is exceeded. Nothing was added.",
  },
  TRAINING_WRONG_STATUS: {
    status: 409,
    id: "Langkah ini tidak berlaku untuk status pelatihan sekarang.",
    en: "This step does not apply to the training's current status.",
  },
} as const;

export type TrainingErrorCode = keyof typeof TRAINING_ERRORS;
export const trainingError = moduleErrors(TRAINING_ERRORS);

export function invalidTransition(from: EventStatus, to: EventStatus): AppError {
  return trainingError("TRAINING_INVALID_TRANSITION", {
    text: {
      id: `Status pelatihan tidak bisa diubah dari "${from}" ke "${to}".`,
      en: `The training cannot move from "${from}" to "${to}".`,
    },
    details: { from, to },
  });
}

export function reasonRequired(): AppError {
  return trainingError("VALIDATION", {
    issues: [{ path: "body.reason", message: "alasan wajib diisi" }],
    text: { id: "Alasan wajib diisi.", en: "A reason is required." },
  });
}

export function onlineLinkRequired(): AppError {
  return trainingError("VALIDATION", {
    issues: [{ path: "body.onlineLink", message: "tautan daring wajib diisi" }],
    text: { id: "Tautan pelatihan daring wajib diisi.", en: "The online training link is required." },
  });
}

export function notInState(what: "participants" | "attendance" | "certificates", status: EventStatus) {
  const text = {
    participants: {
      id: `Peserta tidak bisa ditambah pada pelatihan berstatus "${status}".`,
      en: `Participants cannot be added to a training with status "${status}".`,
    },
    attendance: {
      id: `Kehadiran tidak bisa dicatat pada pelatihan berstatus "${status}".`,
      en: `Attendance cannot be recorded for a training with status "${status}".`,
    },
    certificates: {
      id: "Sertifikat hanya untuk pelatihan yang sudah terlaksana.",
      en: "Certificates are issued only for a training that was held.",
    },
  }[what];
  return trainingError("TRAINING_WRONG_STATUS", { text, details: { status } });
}

export function duplicateParticipants(businessIds: string[]): AppError {
  return trainingError("TRAINING_DUPLICATE_PARTICIPANT", {
    text: {
      id: `${businessIds.length} usaha (atau pemiliknya) sudah terdaftar sebagai peserta. Tidak ada yang ditambahkan.`,
      en: `${businessIds.length} businesses (or their owners) are already participants. Nothing was added.`,
    },
    details: { businessIds },
  });
}

export function quotaExceeded(quota: number, wanted: number): AppError {
  return trainingError("TRAINING_QUOTA_EXCEEDED", {
    text: {
      id: `Kuota ${quota} peserta terlampaui (${wanted}). Tidak ada yang ditambahkan.`,
      en: `The quota of ${quota} participants is exceeded (${wanted}). Nothing was added.`,
    },
    details: { quota, wanted },
  });
}

export function unknownBusinesses(businessIds: string[]): AppError {
  return trainingError("NOT_FOUND", {
    text: {
      id: `${businessIds.length} usaha tidak ditemukan di registri wilayah Anda atau sudah digabung.`,
      en: `${businessIds.length} businesses are not in your region's register or were merged.`,
    },
    details: { businessIds },
  });
}
