import { createWorkorderClient } from '../../src/main/core/api/workorder-client';
import type { ApiNote, ApiTicket } from '../../src/main/core/api/workorder-api';

/**
 * What a client without a cache strategy does on every poll: list every ticket, then read every
 * ticket's conversation. It is the yardstick for "light on the API".
 */
export async function naivePoll(
  endpoint: string,
  accessKeyId: string,
  accessKeySecret: string,
  concurrency = 8,
): Promise<{ tickets: ApiTicket[]; notes: Map<string, ApiNote[]> }> {
  const api = createWorkorderClient({ endpoint, accessKeyId, accessKeySecret, timeoutMs: 30_000 });
  try {
    const tickets: ApiTicket[] = [];
    for (let page = 1; ; page++) {
      const result = await api.listTickets({ page, pageSize: 100 });
      tickets.push(...result.rows);
      if (result.rows.length === 0 || page * 100 >= result.total) break;
    }
    const notes = new Map<string, ApiNote[]>();
    let next = 0;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < tickets.length) {
          const ticket = tickets[next++]!;
          notes.set(ticket.id, await api.listTicketNotes(ticket.id));
        }
      }),
    );
    return { tickets, notes };
  } finally {
    api.close();
  }
}
