// Stable lazy entry of the public participant page (/pelatihan/peserta/:code): QR, join, evaluation.
export { SeatPage as default } from "../../features/training/engagement/seat-page";
