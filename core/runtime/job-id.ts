/** 2018-01-01T00:00:00Z, the epoch of Hazelcast's flake ids (SeaTunnel's job ids). */
const FLAKE_EPOCH = 1514764800000n;

/**
 * Generates SeaTunnel-style 64-bit flake ids, `((nowMs - epoch) << 22) | (seq << 16) | node`, as decimal
 * strings (they exceed 2^53, so never as JS numbers). Ids from one generator strictly increase.
 */
export class JobIdGenerator {
  private last = 0n;

  constructor(private readonly nodeId = 1) {}

  next(now = Date.now()): string {
    let id = ((BigInt(now) - FLAKE_EPOCH) << 22n) | BigInt(this.nodeId & 0xffff);
    if (id <= this.last) id = this.last + (1n << 16n);
    this.last = id;
    return id.toString();
  }
}

/** Parses a job id as SeaTunnel's Long.parseLong would: optional sign, digits only, within 64 bits. */
export function parseJobId(text: string): string | undefined {
  if (!/^[+-]?\d+$/.test(text)) return undefined;
  const n = BigInt(text);
  if (n > 9223372036854775807n || n < -9223372036854775808n) return undefined;
  return n.toString();
}
