// Growing delays on failed sign-ins instead of locking the account: a lock would let anyone lock
// out `admin.kalteng` by typing wrong passwords; a delay bound to where the attempts come from
// slows a guesser down exponentially and leaves everyone else alone.

/** Failures counted over this window. */
export const THROTTLE_WINDOW_MS = 60 * 60_000;
const MAX_DELAY_S = 15 * 60;

/** One address and one username: a few typos are free, then 1 s, 2 s, 4 s … up to 15 minutes. */
const PAIR_FREE = 3;
/** One address over all usernames (an office behind one NAT address shares this). */
const IP_FREE = 10;

export type FailureStats = {
  /** Failures of this username from this address since its last success (in the window). */
  pairFailures: number;
  pairLastFailure: Date | null;
  /** Failures from this address over all usernames (in the window). */
  ipFailures: number;
  ipLastFailure: Date | null;
};

function delaySeconds(failures: number, free: number): number {
  if (failures < free) return 0;
  return Math.min(MAX_DELAY_S, 2 ** (failures - free));
}

function remaining(last: Date | null, delayS: number, now: Date): number {
  if (!last || delayS === 0) return 0;
  return Math.max(0, Math.ceil((last.getTime() + delayS * 1000 - now.getTime()) / 1000));
}

/** Seconds the client must still wait before the next attempt is checked (0: go ahead). */
export function loginWaitSeconds(stats: FailureStats, now: Date): number {
  return Math.max(
    remaining(stats.pairLastFailure, delaySeconds(stats.pairFailures, PAIR_FREE), now),
    remaining(stats.ipLastFailure, delaySeconds(stats.ipFailures, IP_FREE), now),
  );
}
