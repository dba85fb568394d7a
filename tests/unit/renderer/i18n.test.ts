import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { en } from '../../../src/renderer/lib/locales/en';
import { ja } from '../../../src/renderer/lib/locales/ja';
import { zh } from '../../../src/renderer/lib/locales/zh';

type Tree = { readonly [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
const languages = { en: flatten(en), zh: flatten(zh), ja: flatten(ja) };

describe('translations', () => {
  it.each(['zh', 'ja'] as const)('%s has exactly the English keys', (lang) => {
    expect([...languages[lang].keys()].sort()).toEqual([...languages.en.keys()].sort());
  });

  it.each(['en', 'zh', 'ja'] as const)('%s has no empty strings', (lang) => {
    const empty = [...languages[lang]].filter(([, v]) => v.trim() === '').map(([k]) => k);
    expect(empty).toEqual([]);
  });

  it.each(['zh', 'ja'] as const)('%s uses the same {{placeholders}} as English', (lang) => {
    const mismatched = [...languages.en]
      .filter(([key, text]) => placeholders(text).join() !== placeholders(languages[lang].get(key) ?? '').join())
      .map(([key]) => key);
    expect(mismatched).toEqual([]);
  });

  it('keeps the accessible names of architecture §5 exact in English', () => {
    const names = [
      en.inbox.listLabel,
      en.inbox.search,
      en.groups.all,
      en.groups.open,
      en.groups.waiting,
      en.groups.confirm,
      en.groups.closed,
      en.sync.syncNow,
      en.nav.newTicket,
      en.compose.product,
      en.compose.category,
      en.compose.title,
      en.compose.description,
      en.compose.confidential,
      en.compose.email,
      en.compose.phone,
      en.compose.notifications,
      en.compose.create,
      en.ticket.conversation,
      en.ticket.reply,
      en.ticket.sendReply,
      en.ticket.closeTicket,
      en.ticket.confirmClose,
      en.nav.settings,
      en.settings.addAccount,
      en.settings.accountName,
      en.settings.accessKeyId,
      en.settings.accessKeySecret,
      en.settings.endpoint,
      en.settings.testConnection,
      en.settings.saveAccount,
      en.onboarding.tryDemo,
    ];
    expect(names).toEqual([
      'Tickets',
      'Search tickets',
      'All',
      'Open',
      'Waiting on you',
      'To confirm',
      'Closed',
      'Sync now',
      'New ticket',
      'Product',
      'Category',
      'Title',
      'Description',
      'Confidential details',
      'Email',
      'Phone',
      'Notifications',
      'Create ticket',
      'Conversation',
      'Reply',
      'Send reply',
      'Close ticket',
      'Confirm close',
      'Settings',
      'Add account',
      'Account name',
      'AccessKey ID',
      'AccessKey secret',
      'Endpoint',
      'Test connection',
      'Save account',
      'Try demo',
    ]);
    expect(en.sync.offline).toContain('Offline');
  });
});

/** Every component file, read as text by Vite at test time. */
const components = import.meta.glob('../../../src/renderer/**/*.tsx', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const TEXT_ATTRIBUTES = new Set(['aria-label', 'title', 'placeholder', 'alt', 'label', 'aria-description']);

/** JSX text and text attributes that contain a word: strings that bypass t(). */
function hardCodedText(file: string, source: string): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && /\p{L}{2,}/u.test(node.text)) found.push(`${file}: ${node.text.trim()}`);
    if (
      ts.isJsxAttribute(node) &&
      TEXT_ATTRIBUTES.has(node.name.getText()) &&
      node.initializer &&
      ts.isStringLiteral(node.initializer) &&
      /\p{L}{2,}/u.test(node.initializer.text)
    ) {
      found.push(`${file}: ${node.name.getText()}="${node.initializer.text}"`);
    }
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX));
  return found;
}

describe('components', () => {
  it('are found by the scan', () => {
    expect(Object.keys(components).length).toBeGreaterThan(15);
  });

  it('contain no hard-coded text: every visible string and label goes through t()', () => {
    const offenders = Object.entries(components).flatMap(([file, source]) => hardCodedText(file, source as string));
    expect(offenders).toEqual([]);
  });

  it('the scan itself catches a hard-coded label', () => {
    expect(hardCodedText('x.tsx', 'const a = <button aria-label="Close">Save now</button>;')).toEqual([
      'x.tsx: aria-label="Close"',
      'x.tsx: Save now',
    ]);
  });
});
