import { describe, expect, it } from 'vitest';
import { deepLinkFromArgv, parseDeepLink } from '../../../src/main/electron/deep-link';

describe('parseDeepLink', () => {
  it('accepts a ticket link, with or without a trailing slash, scheme in any case', () => {
    expect(parseDeepLink('workorder-desk://ticket/T123')).toEqual({ kind: 'ticket', ticketId: 'T123' });
    expect(parseDeepLink('workorder-desk://ticket/abc_D-9/')).toEqual({ kind: 'ticket', ticketId: 'abc_D-9' });
    expect(parseDeepLink('WORKORDER-DESK://ticket/42')).toEqual({ kind: 'ticket', ticketId: '42' });
  });

  it.each([
    ['other scheme', 'https://ticket/T1'],
    ['other host', 'workorder-desk://account/T1'],
    ['no id', 'workorder-desk://ticket/'],
    ['extra segment', 'workorder-desk://ticket/T1/notes'],
    ['query', 'workorder-desk://ticket/T1?x=1'],
    ['fragment', 'workorder-desk://ticket/T1#x'],
    ['percent-encoding', 'workorder-desk://ticket/T%2F1'],
    ['path traversal', 'workorder-desk://ticket/../etc'],
    ['credentials', 'workorder-desk://user@ticket/T1'],
    ['port', 'workorder-desk://ticket:80/T1'],
    ['local id', 'workorder-desk://ticket/local:1'],
    ['spaces', 'workorder-desk://ticket/T 1'],
    ['too long id', `workorder-desk://ticket/${'a'.repeat(65)}`],
    ['not a string', 42],
  ])('refuses %s', (_name, raw) => {
    expect(parseDeepLink(raw)).toBeNull();
  });
});

describe('deepLinkFromArgv', () => {
  it('finds the link among the flags Windows and Linux pass to a second instance', () => {
    const argv = ['C:\\Apps\\Workorder Desk.exe', '--allow-file-access-from-files', 'workorder-desk://ticket/T9'];
    expect(deepLinkFromArgv(argv)).toEqual({ kind: 'ticket', ticketId: 'T9' });
  });

  it('returns null when no argument is a valid link', () => {
    expect(deepLinkFromArgv(['/usr/bin/workorder-desk', 'workorder-desk://ticket/../x'])).toBeNull();
  });
});
