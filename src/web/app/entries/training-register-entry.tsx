// Stable lazy entry of the public training self-registration page (/pelatihan/daftar/:eventId).
export { RegisterPage as default } from "../../features/training/engagement/register-page";
