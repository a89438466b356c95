// Retry spacing for records that failed to send: doubling from 5 s up to 10 minutes, with up to 20%
// random spread so that many phones regaining signal together do not all retry in the same second.

const baseMs = 5_000;
const maxMs = 10 * 60_000;

export function retryDelayMs(attempts: number, random: () => number = Math.random): number {
  const exponent = Math.max(0, Math.min(attempts - 1, 16));
  const delay = Math.min(maxMs, baseMs * 2 ** exponent);
  return Math.round(delay * (0.8 + 0.2 * random()));
}
