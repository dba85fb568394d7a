import type { FaultSpec, RandomSource } from './types.js';

/** What the fault injector decided for one API call. */
export type FaultDecision = 'none' | 'reset' | 'throttle' | 'error' | 'commitThenDrop';

const RATE_KEYS = ['errorRate', 'throttleRate', 'resetRate', 'commitThenDropRate'] as const;

/**
 * Validates a fault spec from the control API or CLI. Returns a readable reason instead of throwing
 * so both callers can word their own error (HTTP 400 / exit code 2).
 */
export function parseFaultSpec(input: unknown): { ok: true; spec: FaultSpec } | { ok: false; reason: string } {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return { ok: false, reason: 'faults must be a JSON object' };
  }
  const raw = input as Record<string, unknown>;
  const known = new Set<string>(['latencyMs', 'actions', ...RATE_KEYS]);
  for (const key of Object.keys(raw)) if (!known.has(key)) return { ok: false, reason: `unknown fault "${key}"` };
  const spec: FaultSpec = {};
  if (raw.latencyMs !== undefined) {
    const v = raw.latencyMs;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > 120_000) {
      return { ok: false, reason: 'latencyMs must be a number between 0 and 120000' };
    }
    spec.latencyMs = v;
  }
  for (const key of RATE_KEYS) {
    const v = raw[key];
    if (v === undefined) continue;
    if (typeof v !== 'number' || !(v >= 0 && v <= 1))
      return { ok: false, reason: `${key} must be a number between 0 and 1` };
    spec[key] = v;
  }
  if (raw.actions !== undefined) {
    if (!Array.isArray(raw.actions) || !raw.actions.every((a): a is string => typeof a === 'string')) {
      return { ok: false, reason: 'actions must be an array of action names' };
    }
    spec.actions = [...raw.actions];
  }
  return { ok: true, spec };
}

/**
 * Decides faults per call. One random draw per rate, always in the same order, so a seeded random
 * source gives the same decisions for the same call sequence.
 */
export class FaultInjector {
  private spec: FaultSpec = {};

  constructor(private readonly random: RandomSource) {}

  set(spec: FaultSpec): void {
    this.spec = { ...spec };
  }

  clear(): void {
    this.spec = {};
  }

  current(): FaultSpec {
    return { ...this.spec };
  }

  applies(action: string): boolean {
    return this.spec.actions === undefined || this.spec.actions.includes(action);
  }

  latencyFor(action: string): number {
    return this.applies(action) ? (this.spec.latencyMs ?? 0) : 0;
  }

  /** Faults that stop the call before it is applied. */
  before(action: string): FaultDecision {
    if (!this.applies(action)) return 'none';
    if (this.hit(this.spec.resetRate)) return 'reset';
    if (this.hit(this.spec.throttleRate)) return 'throttle';
    if (this.hit(this.spec.errorRate)) return 'error';
    return 'none';
  }

  /** Faults that strike after the change was applied. */
  after(action: string): FaultDecision {
    return this.applies(action) && this.hit(this.spec.commitThenDropRate) ? 'commitThenDrop' : 'none';
  }

  private hit(rate: number | undefined): boolean {
    return rate !== undefined && rate > 0 && this.random() < rate;
  }
}
