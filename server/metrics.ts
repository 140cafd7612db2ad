/**
 * Prometheus metrics for /metrics: open rooms and connections, messages and bytes in and out,
 * store latency. One registry per server instance, so tests running several servers in one
 * process do not mix their numbers.
 */
import { Counter, Gauge, Histogram, Registry } from 'prom-client';

/** The server's metrics and the registry that renders them. */
export class Metrics {
  readonly registry = new Registry();
  readonly roomsOpen = new Gauge({
    name: 'dcp_rooms_open',
    help: 'Documents loaded in memory',
    registers: [this.registry],
  });
  readonly connectionsOpen = new Gauge({
    name: 'dcp_connections_open',
    help: 'Open websocket connections',
    registers: [this.registry],
  });
  /**
   * Websocket traffic, counted as plain numbers on the hot path (every frame to every receiver)
   * and copied into the Prometheus counters only when /metrics is read.
   */
  readonly traffic = { messagesIn: 0, messagesOut: 0, bytesIn: 0, bytesOut: 0 };
  readonly messagesIn = this.trafficCounter(
    'dcp_messages_in_total',
    'Websocket messages received',
    'messagesIn',
  );
  readonly messagesOut = this.trafficCounter(
    'dcp_messages_out_total',
    'Websocket messages sent',
    'messagesOut',
  );
  readonly bytesIn = this.trafficCounter(
    'dcp_bytes_in_total',
    'Websocket bytes received',
    'bytesIn',
  );
  readonly bytesOut = this.trafficCounter(
    'dcp_bytes_out_total',
    'Websocket bytes sent',
    'bytesOut',
  );
  readonly connectionsRefused = new Counter({
    name: 'dcp_connections_closed_by_server_total',
    help: 'Connections the server closed, by close code',
    labelNames: ['code'],
    registers: [this.registry],
  });
  readonly storeWriteSeconds = new Histogram({
    name: 'dcp_store_write_seconds',
    help: 'Time to durably store one batch of updates',
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
    registers: [this.registry],
  });
  readonly storeLoadSeconds = new Histogram({
    name: 'dcp_store_load_seconds',
    help: 'Time to load one document from the store',
    buckets: [0.001, 0.005, 0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [this.registry],
  });

  private trafficCounter(name: string, help: string, key: keyof Metrics['traffic']): Counter {
    const traffic = this.traffic;
    return new Counter({
      name,
      help,
      registers: [this.registry],
      collect() {
        this.reset();
        this.inc(traffic[key]);
      },
    });
  }

  /** The Prometheus text exposition of every metric. */
  render(): Promise<string> {
    return this.registry.metrics();
  }

  /** The content type of render()'s output. */
  get contentType(): string {
    return this.registry.contentType;
  }
}
