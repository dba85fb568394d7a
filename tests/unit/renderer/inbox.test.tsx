// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAppStore } from '../../../src/renderer/app/store';
import { createFakeBridge, makeTicket } from './fake-bridge';
import { memoryStorage, renderApp } from './render-app';

afterEach(cleanup);

const rowsIn = (list: HTMLElement) => within(list).queryAllByRole('listitem');

describe('inbox', () => {
  it('keeps at most 100 rows in the DOM with 10,000 tickets, also after scrolling far down', async () => {
    const bridge = createFakeBridge({ tickets: Array.from({ length: 10_000 }, (_, i) => makeTicket(i)) });
    renderApp({ bridge });
    const list = await screen.findByRole('list', { name: 'Tickets' });
    await within(list).findByRole('link', { name: /Ticket number 0\b/ });
    expect(rowsIn(list).length).toBeGreaterThan(5);
    expect(rowsIn(list).length).toBeLessThanOrEqual(100);
    expect(screen.getByText('10000 tickets')).toBeTruthy();

    const scroller = list.parentElement!;
    await act(async () => {
      scroller.scrollTop = 76 * 5_000;
      fireEvent.scroll(scroller);
    });
    await within(list).findByRole('link', { name: /Ticket number 5000\b/ });
    expect(rowsIn(list).length).toBeLessThanOrEqual(100);
    // Pages are fetched by offset as they scroll into view, 100 at a time.
    expect(bridge.callsTo('tickets.list').map((r) => [r.offset, r.limit])).toContainEqual([5000, 100]);
  });

  it('shows group counts and filters by status group', async () => {
    const user = userEvent.setup();
    const { bridge } = renderApp();
    const waiting = await screen.findByRole('button', { name: 'Waiting on you' });
    await waitFor(() => expect(waiting.getAttribute('aria-describedby')).toBeTruthy());
    expect(document.getElementById(waiting.getAttribute('aria-describedby')!)!.textContent).toBe('8 tickets');
    await user.click(waiting);
    expect(waiting.getAttribute('aria-pressed')).toBe('true');
    await waitFor(() =>
      expect(bridge.callsTo('tickets.list').at(-1)).toMatchObject({ groups: ['waiting'], offset: 0 }),
    );
  });

  it('searches after typing stops and highlights matches as <mark>, never as HTML', async () => {
    const bridge = createFakeBridge({
      tickets: [makeTicket(1, { title: 'Disk <b>full</b> on web-1' }), makeTicket(2)],
    });
    const user = userEvent.setup();
    renderApp({ bridge });
    await user.type(await screen.findByRole('searchbox', { name: 'Search tickets' }), 'full');
    const list = await screen.findByRole('list', { name: 'Tickets' });
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(1));
    const mark = list.querySelector('mark')!;
    expect(mark.textContent).toBe('full');
    expect(list.querySelector('b')).toBeNull();
    expect(within(list).getByRole('link').textContent).toContain('Disk <b>full</b> on web-1');
  });

  it('debounces typing: one search for the whole word, not one per keystroke', async () => {
    vi.useFakeTimers();
    try {
      const bridge = createFakeBridge();
      const store = createAppStore({ bridge, storage: memoryStorage(), searchDelayMs: 200 });
      for (const text of ['f', 'fu', 'ful', 'full']) {
        store.getState().setInboxQuery(text);
        await vi.advanceTimersByTimeAsync(50);
      }
      expect(bridge.callsTo('tickets.list')).toHaveLength(0);
      await vi.advanceTimersByTimeAsync(200);
      expect(bridge.callsTo('tickets.list').map((r) => r.query)).toEqual(['full']);
      expect(bridge.callsTo('tickets.list')[0]).toMatchObject({ sort: 'relevance', offset: 0, limit: 100 });
    } finally {
      vi.useRealTimers();
    }
  });

  it('says what to do when nothing matches, and when loading fails', async () => {
    const bridge = createFakeBridge();
    const user = userEvent.setup();
    renderApp({ bridge });
    await user.type(await screen.findByRole('searchbox', { name: 'Search tickets' }), 'zzz');
    expect(await screen.findByText('Nothing matches')).toBeTruthy();
    await user.click(screen.getAllByRole('button', { name: 'Clear filters' })[0]!);
    expect(await screen.findByRole('list', { name: 'Tickets' })).toBeTruthy();

    cleanup();
    const failing = createFakeBridge({
      handlers: {
        'tickets.list': () => ({
          ok: false,
          error: { code: 'internal', message: 'Cache is locked.', retryable: true },
        }),
      },
    });
    renderApp({ bridge: failing });
    expect(await screen.findByText('Tickets could not be loaded')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });

  it('shows the raw state of an unknown ticket state and the unread marker', async () => {
    const bridge = createFakeBridge({ tickets: [makeTicket(5, { state: 'on_hold', unread: 2 })] });
    renderApp({ bridge });
    const link = await screen.findByRole('link', { name: /Ticket number 5/ });
    expect(within(link).getByText('on_hold')).toBeTruthy();
    expect(within(link).getByText('New reply')).toBeTruthy();
    const time = link.querySelector('time')!;
    expect(time.getAttribute('title')).toMatch(/2026/);
  });
});

describe('created date filter', () => {
  it('keeps the dates in a popover behind one button, filters by them, and closes with Esc', async () => {
    const user = userEvent.setup();
    const { bridge } = renderApp();
    await screen.findByRole('list', { name: 'Tickets' });
    expect(screen.queryByLabelText('Created from')).toBeNull();

    const button = screen.getByRole('button', { name: 'Created: any date' });
    await user.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const from = screen.getByLabelText('Created from');
    expect(document.activeElement).toBe(from);
    fireEvent.change(from, { target: { value: '2026-11-01' } });
    fireEvent.change(screen.getByLabelText('Created to'), { target: { value: '2026-11-03' } });
    await waitFor(() => {
      const last = bridge.callsTo('tickets.list').at(-1)!;
      expect(last.createdFrom).toBe(new Date(2026, 10, 1).getTime());
      expect(last.createdTo).toBeGreaterThan(new Date(2026, 10, 3).getTime());
    });

    await user.keyboard('{Escape}');
    expect(screen.queryByLabelText('Created from')).toBeNull();
    expect(document.activeElement).toBe(button);
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(button.getAttribute('aria-label')).toBe('Created: Nov 1 – Nov 3');
    // Esc closed the popover only: the inbox is still there.
    expect(screen.getByRole('list', { name: 'Tickets' })).toBeTruthy();
  });
});

describe('keyboard', () => {
  it('j/k move, Enter opens, Esc goes back, / searches, n composes, r replies', async () => {
    const user = userEvent.setup();
    const { bridge } = renderApp();
    const list = await screen.findByRole('list', { name: 'Tickets' });
    await within(list).findByRole('link', { name: /Ticket number 0\b/ });

    await user.keyboard('j');
    await user.keyboard('j');
    await waitFor(() => expect(document.activeElement?.textContent).toContain('Ticket number 2'));
    await user.keyboard('k');
    await waitFor(() => expect(document.activeElement?.textContent).toContain('Ticket number 1'));
    await user.keyboard('{Enter}');
    await screen.findByRole('list', { name: 'Conversation' });
    expect(bridge.callsTo('tickets.get')).toEqual([{ id: 'T00001' }]);

    await user.keyboard('r');
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Reply' }));
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('list', { name: 'Conversation' })).toBeNull());
    expect(bridge.callsTo('tickets.viewing').at(-1)).toEqual({ id: null });

    await user.keyboard('/');
    expect(document.activeElement).toBe(screen.getByRole('searchbox', { name: 'Search tickets' }));
    await user.keyboard('{Escape}');
    await user.keyboard('n');
    expect(await screen.findByRole('combobox', { name: 'Product' })).toBeTruthy();
    await user.keyboard('{Escape}');
    expect(await screen.findByRole('list', { name: 'Tickets' })).toBeTruthy();
  });

  it('does not treat letters typed in a text field as shortcuts', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.type(await screen.findByRole('searchbox', { name: 'Search tickets' }), 'n');
    expect(screen.queryByRole('combobox', { name: 'Product' })).toBeNull();
  });

  it('resizes the list with the keyboard and remembers the width', async () => {
    const user = userEvent.setup();
    const { storage, unmount } = renderApp();
    const handle = await screen.findByRole('separator', { name: 'Resize ticket list' });
    const before = Number(handle.getAttribute('aria-valuenow'));
    handle.focus();
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(Number(handle.getAttribute('aria-valuenow'))).toBe(before + 48);
    unmount();
    renderApp({ storage });
    const again = await screen.findByRole('separator', { name: 'Resize ticket list' });
    expect(Number(again.getAttribute('aria-valuenow'))).toBe(before + 48);
  });
});
