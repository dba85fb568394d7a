import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * An Electronegativity-style static check over the source tree: each rule is a pattern that must not
 * appear (or may appear only in the listed files). Kept as data so the test can prove every rule
 * fires on a planted example.
 */
export interface Rule {
  id: string;
  severity: 'HIGH' | 'MEDIUM';
  pattern: RegExp;
  /** Files (relative to the repo, posix) where the pattern is legitimate, with the reason. */
  allowedIn?: Record<string, string>;
}

export const RULES: Rule[] = [
  { id: 'NODE_INTEGRATION', severity: 'HIGH', pattern: /nodeIntegration(InWorker|InSubFrames)?\s*:\s*true/ },
  { id: 'CONTEXT_ISOLATION', severity: 'HIGH', pattern: /contextIsolation\s*:\s*false/ },
  { id: 'SANDBOX', severity: 'HIGH', pattern: /sandbox\s*:\s*false/ },
  { id: 'WEB_SECURITY', severity: 'HIGH', pattern: /webSecurity\s*:\s*false/ },
  { id: 'INSECURE_CONTENT', severity: 'HIGH', pattern: /allowRunningInsecureContent\s*:\s*true/ },
  { id: 'EXPERIMENTAL_FEATURES', severity: 'MEDIUM', pattern: /experimentalFeatures\s*:\s*true/ },
  { id: 'BLINK_FEATURES', severity: 'MEDIUM', pattern: /enableBlinkFeatures/ },
  { id: 'WEBVIEW_TAG', severity: 'HIGH', pattern: /webviewTag\s*:\s*true|<webview/ },
  { id: 'REMOTE_MODULE', severity: 'HIGH', pattern: /@electron\/remote|enableRemoteModule/ },
  {
    id: 'INSECURE_SWITCHES',
    severity: 'HIGH',
    pattern:
      /disable-web-security|ignore-certificate-errors|allow-running-insecure-content|NODE_TLS_REJECT_UNAUTHORIZED/,
  },
  {
    id: 'CERTIFICATE_ERROR_OVERRIDE',
    severity: 'HIGH',
    pattern: /on\(\s*['"]certificate-error['"]|setCertificateVerifyProc/,
  },
  {
    id: 'OPEN_EXTERNAL',
    severity: 'HIGH',
    pattern: /openExternal\s*\(/,
    allowedIn: {
      'src/main/electron/security.ts': 'called only with the result of externalUrlToOpen (https only)',
      'src/main/electron/index.ts': 'passes shell.openExternal into hardenWebContents, which validates first',
    },
  },
  { id: 'EXPOSE_IPC_RENDERER', severity: 'HIGH', pattern: /exposeInMainWorld\([^)]*ipcRenderer/ },
  {
    id: 'DANGEROUS_HTML',
    severity: 'HIGH',
    pattern: /dangerouslySetInnerHTML|\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML/,
  },
  { id: 'EVAL', severity: 'HIGH', pattern: /\beval\s*\(|new Function\s*\(/ },
  { id: 'HTTP_LOAD', severity: 'MEDIUM', pattern: /loadURL\(\s*['"`]http:/ },
];

export interface Finding {
  rule: string;
  severity: Rule['severity'];
  file: string;
  line: number;
  text: string;
}

export function scanText(file: string, text: string, rules: readonly Rule[] = RULES): Finding[] {
  const findings: Finding[] = [];
  text.split('\n').forEach((line, i) => {
    for (const rule of rules) {
      if (rule.pattern.test(line) && !rule.allowedIn?.[file]) {
        findings.push({ rule: rule.id, severity: rule.severity, file, line: i + 1, text: line.trim() });
      }
    }
  });
  return findings;
}

export function scanTree(root: string, dir: string): Finding[] {
  const findings: Finding[] = [];
  for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const rel = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) findings.push(...scanTree(root, rel));
    else if (/\.(ts|tsx|mts|cts|js|mjs|cjs|html)$/.test(entry.name)) {
      findings.push(...scanText(rel, readFileSync(path.join(root, rel), 'utf8')));
    }
  }
  return findings;
}
