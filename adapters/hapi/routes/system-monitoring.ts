import type { ServerRoute } from '@hapi/hapi';
import { type RouteContext, forEachFlavor, jsonReply } from '../route-context';

/** `system-monitoring-information`: one map of string readings for this node (see system-monitoring.ts). */
export function systemMonitoringRoutes(ctx: RouteContext): ServerRoute[] {
  return forEachFlavor((flavor, prefix) => [
    {
      method: 'GET',
      path: `${prefix}/system-monitoring-information`,
      options: {
        description: 'Memory, GC, CPU load, threads, queues and connections of this node, as strings',
        plugins: { seatide: { response: flavor === 'v1' ? 'an array of one string map (2.3.5 keys)' : 'an array of one string map (isMaster, host, port, then the 2.3.5 keys)' } },
      },
      handler: (_request, h) => jsonReply(h, [ctx.monitor.read(flavor === 'v2')]),
    },
  ]);
}
