#!/usr/bin/env bash
# The one command that runs every test: type check, lint, the Electron security scan, unit tests
# (with a real keychain), the production build, then the end-to-end journeys in Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
step() { printf '\n=== %s ===\n' "$1"; }
rm -rf .tmp/test-reports

step "typecheck"
npm run --silent typecheck
step "lint"
npm run --silent lint
step "security scan (Electronegativity)"
npm run --silent security:scan
step "unit tests"
bash scripts/with-keyring.sh npx vitest run --reporter=default --reporter=json --outputFile.json=.tmp/test-reports/unit.json
step "build"
npx electron-vite build
if [ -d tests/e2e ] && ls tests/e2e/*.spec.ts >/dev/null 2>&1; then
  step "end-to-end tests"
  npx playwright test
fi
node scripts/test-summary.mjs
