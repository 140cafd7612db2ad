/**
 * Keeps every client a scenario opens, so that a scenario that fails half way still closes
 * all of its sockets, and so that many clients can be connected with bounded concurrency
 * (setup phases) or all at once (the bursts and the reconnect storm, where "at once" is the
 * point being measured).
 */
import { BenchClient } from './BenchClient';
import type { BenchClientOptions } from './BenchClient';
import { mapLimit, withTimeout } from './time';

/** A set of clients that are closed together. */
export class ClientGroup {
  private readonly clients = new Set<BenchClient>();

  /** Opens one client and keeps it in the group. */
  open(options: BenchClientOptions): BenchClient {
    const client = new BenchClient(options);
    this.clients.add(client);
    return client;
  }

  /**
   * Opens one client per options entry, at most `concurrency` connecting at a time, and
   * resolves when all are synced. Throws (leaving the clients in the group) if any fails.
   */
  async openSynced(
    options: readonly BenchClientOptions[],
    concurrency: number,
    timeoutMs: number,
  ): Promise<BenchClient[]> {
    return withTimeout(
      mapLimit(options, concurrency, async (entry) => {
        const client = this.open(entry);
        await client.whenSynced(timeoutMs);
        return client;
      }),
      timeoutMs,
      `connect ${options.length} clients`,
    );
  }

  /** Closes and forgets `clients` (all of the group's when omitted), bounded in time. */
  async close(clients?: readonly BenchClient[], timeoutMs = 10_000): Promise<void> {
    const targets = clients ?? [...this.clients];
    await Promise.all(targets.map((client) => client.close(timeoutMs)));
    for (const client of targets) this.clients.delete(client);
  }

  /** Drops every connection of the group at once (cleanup after a failure). */
  terminateAll(): void {
    for (const client of this.clients) client.terminate();
    this.clients.clear();
  }

  /** Forgets clients whose sockets have closed (after a server restart). */
  forgetClosed(): void {
    for (const client of this.clients) if (client.isClosed) this.clients.delete(client);
  }

  /** Number of clients held. */
  get size(): number {
    return this.clients.size;
  }
}
