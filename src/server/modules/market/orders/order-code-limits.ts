// Public routes keyed by an order code (/api/market/orders/{code}/…): one request budget per IP over
// all of them, so codes cannot be enumerated through whichever route is not limited, and a tighter
// budget for transfer proofs per IP and per order. Counters live in this process, like the store's
// other rate limits; MARKET_RATE_LIMIT=off turns them off for load tests on loopback.
import type { FastifyRequest } from "fastify";
import { loadEnv } from "../../../platform/env";
import { AppError } from "../../../platform/errors";

class WindowCounter {
  private readonly hits = new Map<string, { count: number; resetAt: number }>();

  constructor(
    readonly max: number,
    readonly windowMs: number,
  ) {}

  /** Counts one hit; false once the key used up its budget in the current window. */
  take(key: string, now = Date.now()): boolean {
    if (this.hits.size > 50_000) this.sweep(now);
    const hit = this.hits.get(key);
    if (!hit || hit.resetAt <= now) {
      this.hits.set(key, { count: 1, resetAt: now + this.windowMs });
      return true;
    }
    hit.count += 1;
    return hit.count <= this.max;
  }

  retryAfter(key: string, now = Date.now()): number {
    return Math.max(1, Math.ceil(((this.hits.get(key)?.resetAt ?? now) - now) / 1000));
  }

  private sweep(now: number): void {
    for (const [k, v] of this.hits) if (v.resetAt <= now) this.hits.delete(k);
  }
}

export const ORDER_CODE_LIMITS = {
  /** Every /orders/{code}/… request of one IP address, per minute. */
  perIp: new WindowCounter(60, 60_000),
  /** Transfer proofs of one IP address, per hour. */
  proofsPerIp: new WindowCounter(10, 3_600_000),
  /** Transfer proofs of one order, per hour. */
  proofsPerOrder: new WindowCounter(5, 3_600_000),
  /** Wrong last-4-digits answers for one order, per hour (10,000 combinations otherwise guessable). */
  phoneGuessesPerOrder: new WindowCounter(10, 3_600_000),
};

function refuse(counter: WindowCounter, key: string): never {
  throw new AppError("RATE_LIMITED", { details: { retryAfterSeconds: counter.retryAfter(key) } });
}

const enabled = () => loadEnv().MARKET_RATE_LIMIT === "on";

/** onRequest hook of every order-code route. */
export async function limitOrderCode(req: FastifyRequest): Promise<void> {
  if (!enabled()) return;
  const { perIp } = ORDER_CODE_LIMITS;
  if (!perIp.take(req.ip)) refuse(perIp, req.ip);
}

/** onRequest hook of the proof upload, before its body is read. */
export async function limitProofUpload(req: FastifyRequest): Promise<void> {
  if (!enabled()) return;
  const { proofsPerIp, proofsPerOrder } = ORDER_CODE_LIMITS;
  const code = String((req.params as { code?: string }).code ?? "").toUpperCase();
  if (!proofsPerIp.take(req.ip)) refuse(proofsPerIp, req.ip);
  if (!proofsPerOrder.take(code)) refuse(proofsPerOrder, code);
}

/** Counts a wrong phone answer for an order; refuses once the order's budget is spent. */
export function takePhoneGuess(orderCode: string): void {
  if (!enabled()) return;
  const { phoneGuessesPerOrder } = ORDER_CODE_LIMITS;
  if (!phoneGuessesPerOrder.take(orderCode)) refuse(phoneGuessesPerOrder, orderCode);
}
