#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with an unlocked gnome-keyring, so keychain tests
# use a real Secret Service without touching the user's own keyring. Usage: with-keyring.sh CMD...
set -euo pipefail
if ! command -v dbus-run-session >/dev/null || ! command -v gnome-keyring-daemon >/dev/null; then
  echo "with-keyring: dbus-run-session/gnome-keyring-daemon not installed; running without a Secret Service" >&2
  exec "$@"
fi
keyring_home=$(mktemp -d -t wd-keyring-XXXXXX)
trap 'rm -rf "$keyring_home"' EXIT
export WD_KEYRING_HOME="$keyring_home"
# The unlock password must be non-empty, or gnome-keyring tries to prompt on a display.
HOME="$keyring_home" dbus-run-session -- bash -c '
  echo -n "workorder-desk-test" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  export WD_SECRET_SERVICE=1
  exec "$@"' bash "$@"
