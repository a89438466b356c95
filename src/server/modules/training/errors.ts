// The training module's refusals, each with its status and text in both languages.
import { AppError } from "../../platform/errors";
import type { EventStatus } from "./domain";

export function invalidTransition(from: EventStatus, to: EventStatus): AppError {
  return new AppError("TRAINING_INVALID_TRANSITION", {
    status: 409,
    text: {
      id: `Status pelatihan tidak bisa diubah dari "${from}" ke "${to}".`,
      en: `The training cannot move from "${from}" to "${to}".`,
    },
    details: { from, to },
  });
}

export function reasonRequired(): AppError {
  return new AppError("VALIDATION", {
    issues: [{ path: "body.reason", message: "alasan wajib diisi" }],
    text: { id: "Alasan wajib diisi.", en: "A reason is required." },
  });
}

export function onlineLinkRequired(): AppError {
  return new AppError("VALIDATION", {
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
  return new AppError("TRAINING_WRONG_STATUS", { status: 409, text, details: { status } });
}

export function duplicateParticipants(businessIds: string[]): AppError {
  return new AppError("TRAINING_DUPLICATE_PARTICIPANT", {
    status: 409,
    text: {
      id: `${businessIds.length} usaha (atau pemiliknya) sudah terdaftar sebagai peserta. Tidak ada yang ditambahkan.`,
      en: `${businessIds.length} businesses (or their owners) are already participants. Nothing was added.`,
    },
    details: { businessIds },
  });
}

export function quotaExceeded(quota: number, wanted: number): AppError {
  return new AppError("TRAINING_QUOTA_EXCEEDED", {
    status: 409,
    text: {
      id: `Kuota ${quota} peserta terlampaui (${wanted}). Tidak ada yang ditambahkan.`,
      en: `The quota of ${quota} participants is exceeded (${wanted}). Nothing was added.`,
    },
    details: { quota, wanted },
  });
}

export function unknownBusinesses(businessIds: string[]): AppError {
  return new AppError("NOT_FOUND", {
    text: {
      id: `${businessIds.length} usaha tidak ditemukan di registri wilayah Anda atau sudah digabung.`,
      en: `${businessIds.length} businesses are not in your region's register or were merged.`,
    },
    details: { businessIds },
  });
}
