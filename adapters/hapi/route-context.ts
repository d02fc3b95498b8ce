import type { ResponseObject, ResponseToolkit, RouteDefMethods, RouteOptionsPayload, ServerRoute } from '@hapi/hapi';
import type Joi from 'joi';
import type { SeatideRuntime } from '../../core/runtime/runtime';
import { badRequest } from './error-to-boom';
import type { NodeState } from './node-state';
import { jsonText } from './render/json-text';
import type { SystemMonitor } from './system-monitoring';

/**
 * Which face of SeaTunnel's REST API a route wears. `v1` is the Hazelcast REST API under
 * `/hazelcast/rest/maps`, with SeaTunnel 2.3.5's shapes; `v2` is the bare-path API of SeaTunnel HEAD
 * (2.3.9), with its shapes. Both are served by the same handlers, told apart by this value.
 */
export type ApiFlavor = 'v1' | 'v2';

export const V1_PREFIX = '/hazelcast/rest/maps';

const FLAVORS: readonly ApiFlavor[] = ['v1', 'v2'];

const flavorPrefix = (flavor: ApiFlavor): string => (flavor === 'v1' ? V1_PREFIX : '');

/** What every route family is built from. */
export interface RouteContext {
  readonly runtime: SeatideRuntime;
  readonly node: NodeState;
  readonly monitor: SystemMonitor;
  readonly maxBodyBytes: number;
}

/** Per-route facts for /openapi.json that hapi's own route options do not hold. */
export interface RouteDoc {
  /** The body: a joi schema (documents JSON bodies; routes read them losslessly themselves). */
  readonly body?: Joi.Schema;
  /** The body formats a route reads; `hocon` for submit-job?format=hocon. Default: JSON only. */
  readonly bodyTypes?: readonly ('json' | 'hocon')[];
  /** What a 200 answers with. */
  readonly response: string;
  readonly flavor?: ApiFlavor;
}

declare module '@hapi/hapi' {
  interface PluginSpecificConfiguration {
    seatide?: RouteDoc;
  }
}

/** The routes a family defines for one flavor, made for both: `/hazelcast/rest/maps/x` (v1) and `/x` (v2). */
export function forEachFlavor(make: (flavor: ApiFlavor, prefix: string) => ServerRoute[]): ServerRoute[] {
  return FLAVORS.flatMap((flavor) =>
    make(flavor, flavorPrefix(flavor)).map((route) => {
      const options = typeof route.options === 'object' ? route.options : {};
      const seatide = options.plugins?.seatide;
      return {
        ...route,
        options: {
          ...options,
          tags: [...new Set([...(options.tags ?? []), 'api', flavor])],
          plugins: { ...options.plugins, seatide: seatide ? { ...seatide, flavor } : { response: 'JSON', flavor } },
        },
      };
    }),
  );
}

/** v1 accepts PUT wherever it accepts POST: Hazelcast parses both as one command. */
export const postMethods = (flavor: ApiFlavor): RouteDefMethods | RouteDefMethods[] => (flavor === 'v1' ? ['POST', 'PUT'] : 'POST');

/** The body arrives unparsed so that numbers keep their digits (see read-body.ts); hapi still enforces the size. */
export const rawPayload = (ctx: RouteContext): RouteOptionsPayload => ({ parse: false, output: 'data', maxBytes: ctx.maxBodyBytes });

/** Joi failures of params and query answer 400 with joi's message (which names the field), never hapi's generic text. */
export const validationFailure = (_request: unknown, _h: unknown, err?: Error): never => {
  throw badRequest(err?.message ?? 'Invalid request');
};

/** A 200 JSON answer written as SeaTunnel writes it (see render/json-text.ts), with no charset appended. */
export function jsonReply(h: ResponseToolkit, value: unknown): ResponseObject {
  const response = h.response(jsonText(value)).type('application/json');
  response.charset();
  return response;
}
