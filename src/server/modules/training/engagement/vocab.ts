// Coded values of the owners' side of a training (stored; labels live in the web's i18n files).

/** seated: matched to the register and given a seat; pending: waits for the operator; refused. */
export const REGISTRATION_STATUSES = ["seated", "pending", "refused"] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

/** scan: the QR read at the venue; typed: the code typed by the operator; online: the owner joined. */
export const CHECK_IN_METHODS = ["scan", "typed", "online"] as const;
export type CheckInMethod = (typeof CHECK_IN_METHODS)[number];

/** The personal code on an invitation: `PST-` and 8 symbols with a check symbol. */
export const SEAT_CODE = { prefix: "PST", length: 8 } as const;

export const RATING_FIELDS = ["content", "trainer", "usefulness"] as const;
