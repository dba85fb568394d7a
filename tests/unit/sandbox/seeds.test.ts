import { describe, expect, it } from 'vitest';
import { allProducts } from '../../../src/main/sandbox/catalog.js';
import { demoTickets } from '../../../src/main/sandbox/seed-demo.js';
import { loadTickets } from '../../../src/main/sandbox/seed-load.js';
import { startSandbox } from '../../../src/main/sandbox/sandbox.js';
import type { Ticket } from '../../../src/main/sandbox/types.js';
import { call, popClient } from './sandbox-test-kit.js';

const NOW = Date.parse('2026-06-01T00:00:00Z');

/** Who spoke last has to fit the state, or the demo tells a strange story. */
function consistent(t: Ticket): boolean {
  const last = t.notes.at(-1);
  if (!last) return false;
  if (t.status === 'assigned') return t.notes.every((n) => !n.fromOfficial);
  if (t.status === 'wait_feedback' || t.status === 'wait_confirm' || t.status === 'dealing') return last.fromOfficial;
  if (t.status === 'feedback') return !last.fromOfficial;
  return true;
}

describe('catalog', () => {
  it('has several dozen products with categories and names in three languages', () => {
    const products = allProducts();
    expect(products.length).toBeGreaterThanOrEqual(40);
    const ids = new Set<number>();
    for (const p of products) {
      expect(p.categories.length).toBeGreaterThan(0);
      expect(p.names.every((n) => n.length > 0)).toBe(true);
      for (const c of p.categories) ids.add(c.id);
    }
    expect(ids.size).toBe(products.reduce((n, p) => n + p.categories.length, 0));
    expect(products.find((p) => p.code === 'ecs')?.categories[0]?.id).toBe(793);
  });
});

describe('demo seed', () => {
  const tickets = demoTickets(NOW, '5130462789104725');

  it('has a few dozen tickets in every state, in en, zh and jp, with conversations', () => {
    expect(tickets.length).toBeGreaterThanOrEqual(30);
    const byStatus = new Map<string, number>();
    for (const t of tickets) byStatus.set(t.status, (byStatus.get(t.status) ?? 0) + 1);
    for (const s of ['assigned', 'dealing', 'wait_feedback', 'feedback', 'wait_confirm', 'confirmed']) {
      expect(byStatus.get(s) ?? 0).toBeGreaterThanOrEqual(4);
    }
    expect(new Set(tickets.map((t) => t.language))).toEqual(new Set(['en', 'zh', 'jp']));
    expect(tickets.filter((t) => t.notes.length >= 3).length).toBeGreaterThan(15);
  });

  it('is internally consistent: states fit the conversation, times ascend and are not in the future', () => {
    for (const t of tickets) {
      expect(consistent(t), `${t.id} ${t.status}`).toBe(true);
      expect(t.notes[0]?.content).toBe(t.content);
      expect(t.id).toMatch(/^[A-Z0-9]{7}$/);
      for (let i = 1; i < t.notes.length; i++)
        expect(t.notes[i]!.createdAt).toBeGreaterThanOrEqual(t.notes[i - 1]!.createdAt);
      expect(t.notes.at(-1)!.createdAt).toBeLessThanOrEqual(NOW / 1000);
    }
  });

  it('gives the same ids on every start', () => {
    expect(demoTickets(NOW + 5000, 'x').map((t) => t.id)).toEqual(tickets.map((t) => t.id));
  });
});

describe('load seed', () => {
  it('generates 10,000 deterministic tickets with ~10 notes, mixed languages, 20-30% active', () => {
    const tickets = loadTickets(10_000, NOW, '5130462789104725');
    expect(tickets).toHaveLength(10_000);
    expect(new Set(tickets.map((t) => t.id)).size).toBe(10_000);
    const notes = tickets.reduce((n, t) => n + t.notes.length, 0);
    expect(notes / tickets.length).toBeGreaterThan(8);
    expect(notes / tickets.length).toBeLessThan(12);
    const active = tickets.filter((t) => t.status !== 'confirmed').length / tickets.length;
    expect(active).toBeGreaterThan(0.2);
    expect(active).toBeLessThan(0.3);
    const langs = new Map<string, number>();
    for (const t of tickets) langs.set(t.language, (langs.get(t.language) ?? 0) + 1);
    for (const l of ['en', 'zh', 'jp']) expect(langs.get(l) ?? 0).toBeGreaterThan(1000);
    for (const t of tickets.slice(0, 500)) expect(consistent(t), `${t.id} ${t.status}`).toBe(true);
    // Two-character CJK words the search tests rely on (architecture §7).
    const text = tickets
      .slice(0, 2000)
      .flatMap((t) => t.notes.map((n) => n.content))
      .join('\n');
    for (const word of ['网络', '退款', '請求']) expect(text).toContain(word);

    const again = loadTickets(10_000, NOW, '5130462789104725');
    expect(again.map((t) => t.id)).toEqual(tickets.map((t) => t.id));
    expect(again[1234]).toEqual(tickets[1234]);
  });

  it('is served by a sandbox started with { load: N }', async () => {
    const sb = await startSandbox({ seed: { load: 300 } });
    try {
      const res = await call(popClient(sb), 'ListTickets', { PageSize: 1, TicketStatus: 'completed' });
      expect(res.Data.Total).toBeGreaterThan(150);
      expect(res.Data.Total).toBeLessThan(300);
    } finally {
      await sb.close();
    }
  });
});
