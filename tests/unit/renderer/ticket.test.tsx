// @vitest-environment happy-dom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeBridge, makeTicket } from './fake-bridge';
import {
  MAX_REPLY_DRAFTS,
  loadReplyDrafts,
  saveReplyDraft,
} from '../../../src/renderer/features/ticket/stored-reply-drafts';
import { memoryStorage, renderApp } from './render-app';

afterEach(cleanup);

async function openFirstTicket(bridge = createFakeBridge(), storage = memoryStorage()) {
  const user = userEvent.setup();
  const app = renderApp({ bridge, storage });
  const list = await screen.findByRole('list', { name: 'Tickets' });
  const first = await within(list).findByRole('link', { name: /Ticket number 0/ });
  await user.click(first);
  const conversation = await screen.findByRole('list', { name: 'Conversation' });
  return { ...app, user, conversation };
}

describe('conversation', () => {
  it('shows notes in order with support and you told apart, and marks the ticket read', async () => {
    const { bridge, conversation } = await openFirstTicket();
    const notes = within(conversation).getAllByRole('listitem');
    expect(notes.map((n) => n.textContent)).toEqual([
      expect.stringContaining('My server is down.'),
      expect.stringContaining('We are looking into it.'),
    ]);
    expect(within(notes[0]!).getByText('You')).toBeTruthy();
    expect(within(notes[1]!).getByText('Alibaba Cloud support')).toBeTruthy();
    expect(bridge.callsTo('tickets.viewing')).toEqual([{ id: 'T00000' }]);
    await waitFor(() => expect(bridge.callsTo('tickets.markRead')).toEqual([{ id: 'T00000' }]));
  });

  it('shows the product and category when known, and no empty labels when not', async () => {
    const bridge = createFakeBridge({
      tickets: [
        makeTicket(0, { productCode: '', productName: null, categoryName: null }),
        makeTicket(1, { productCode: 'ecs', productName: null, categoryName: 'Network' }),
      ],
    });
    const { user } = await openFirstTicket(bridge);
    const header = () => screen.getByRole('article').querySelector('.ticket-facts')!;
    expect(header().textContent).not.toContain('Product');
    expect(header().textContent).not.toContain('Category');

    await user.click(
      within(screen.getByRole('list', { name: 'Tickets' })).getByRole('link', { name: /Ticket number 1/ }),
    );
    await screen.findByRole('heading', { name: 'Ticket number 1' });
    expect(header().textContent).toContain('Productecs');
    expect(header().textContent).toContain('CategoryNetwork');
  });

  it('shows a queued reply in place with its state and a Retry', async () => {
    const bridge = createFakeBridge();
    bridge.handle({
      'tickets.reply': (req) => {
        bridge.notes.get(req.ticketId)!.push({
          id: 'local-1',
          ticketId: req.ticketId,
          content: req.content,
          secretContent: req.secretContent ?? null,
          fromOfficial: false,
          createdAt: 5,
          outbox: { id: 'ob-1', state: 'queued', error: null },
        });
        return { ok: true, value: { state: 'queued', outboxId: 'ob-1' } };
      },
    });
    const { user, conversation } = await openFirstTicket(bridge);
    await user.type(screen.getByRole('textbox', { name: 'Reply' }), 'Here are the logs');
    await user.click(screen.getByRole('button', { name: 'Send reply' }));

    const queued = await within(conversation).findByText('Here are the logs');
    const note = queued.closest('li')!;
    expect(within(note).getByText('Queued')).toBeTruthy();
    expect(within(note).getByRole('button', { name: 'Retry' })).toBeTruthy();
    expect(
      screen.getByText('You are offline. The reply is queued and will be sent when the connection returns.'),
    ).toBeTruthy();
    expect((screen.getByRole('textbox', { name: 'Reply' }) as HTMLTextAreaElement).value).toBe('');
  });

  it('sends with Ctrl+Enter, including the confidential part', async () => {
    const { user, bridge } = await openFirstTicket();
    await user.click(screen.getByRole('button', { name: 'Add confidential details' }));
    await user.type(screen.getByRole('textbox', { name: 'Confidential part' }), 'root password: hunter2');
    const reply = screen.getByRole('textbox', { name: 'Reply' });
    await user.type(reply, 'Password attached');
    await user.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(() =>
      expect(bridge.callsTo('tickets.reply')).toEqual([
        { ticketId: 'T00000', content: 'Password attached', secretContent: 'root password: hunter2' },
      ]),
    );
  });

  it('refuses an empty reply without calling main', async () => {
    const { user, bridge } = await openFirstTicket();
    await user.click(screen.getByRole('button', { name: 'Send reply' }));
    expect(await screen.findByText('Write something before sending.')).toBeTruthy();
    expect(bridge.callsTo('tickets.reply')).toHaveLength(0);
  });

  it('closes a ticket only after confirmation, then shows it read-only', async () => {
    const { user, bridge } = await openFirstTicket();
    await user.click(screen.getByRole('button', { name: 'Close ticket' }));
    const dialog = screen.getByRole('dialog', { name: 'Close this ticket?' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(bridge.callsTo('tickets.close')).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Close ticket' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Confirm close' }));
    await waitFor(() => expect(bridge.callsTo('tickets.close')).toEqual([{ ticketId: 'T00000' }]));
    expect(await screen.findByText('This ticket is closed. Replies are turned off.')).toBeTruthy();
    expect(screen.queryByRole('textbox', { name: 'Reply' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Close ticket' })).toBeNull();
  });

  it('shows an unknown state verbatim', async () => {
    const bridge = createFakeBridge({ tickets: [makeTicket(0, { state: 'escalated_l3' })] });
    await openFirstTicket(bridge);
    expect(screen.getAllByText('escalated_l3').length).toBeGreaterThan(0);
  });

  it('reloads the open conversation when main reports new notes', async () => {
    const { bridge, conversation } = await openFirstTicket();
    bridge.notes.get('T00000')!.push({
      id: 'n9',
      ticketId: 'T00000',
      content: 'Fixed on our side.',
      secretContent: null,
      fromOfficial: true,
      createdAt: 9,
      outbox: null,
    });
    bridge.emit('notes.new', { ticketId: 'T00000', count: 1 });
    expect(await within(conversation).findByText('Fixed on our side.')).toBeTruthy();
  });
});

describe('reply drafts', () => {
  it('survive a restart without the confidential part, and are cleared once sent', async () => {
    const storage = memoryStorage();
    const first = await openFirstTicket(createFakeBridge(), storage);
    await first.user.type(screen.getByRole('textbox', { name: 'Reply' }), 'Half-written answer');
    await first.user.click(screen.getByRole('button', { name: 'Add confidential details' }));
    await first.user.type(screen.getByRole('textbox', { name: 'Confidential part' }), 'pw-123456');
    first.unmount();

    const second = await openFirstTicket(createFakeBridge(), storage);
    expect((screen.getByRole('textbox', { name: 'Reply' }) as HTMLTextAreaElement).value).toBe('Half-written answer');
    expect(screen.queryByRole('textbox', { name: 'Confidential part' })).toBeNull();
    expect([...storage.data.values()].join()).not.toContain('pw-123456');

    await second.user.click(screen.getByRole('button', { name: 'Send reply' }));
    await within(second.conversation).findByText('Half-written answer');
    expect(loadReplyDrafts(storage)).toEqual({});
  });

  it('keeps only the newest drafts', () => {
    const storage = memoryStorage();
    for (let i = 0; i < MAX_REPLY_DRAFTS + 5; i++) saveReplyDraft(storage, `T${i}`, `draft ${i}`);
    // Editing makes a draft the newest, so the next new one evicts T6, not T5.
    saveReplyDraft(storage, 'T5', 'edited again');
    saveReplyDraft(storage, 'T99', 'one more');
    const drafts = loadReplyDrafts(storage);
    expect(Object.keys(drafts)).toHaveLength(MAX_REPLY_DRAFTS);
    expect(drafts.T5?.content).toBe('edited again');
    expect(drafts.T6).toBeUndefined();
    expect(drafts.T54?.content).toBe('draft 54');
  });

  it('ignores a corrupt stored entry', () => {
    const storage = memoryStorage();
    storage.setItem('wd.reply.drafts', '{"not":"a list"}');
    expect(loadReplyDrafts(storage)).toEqual({});
  });
});
