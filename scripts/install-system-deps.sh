#!/usr/bin/env bash
# Installs the system packages Benchline's local mode and tests run for real:
# nats-server (JetStream), influxd (1.x), OpenSSH sshd/ssh, ansible-core, git,
# hyperfine (example suite), ipfs-cid (CID cross-check), chromium (the web
# view's browser tests, driven through playwright-core) and python3-venv (the
# schemathesis venv). Idempotent and non-interactive; uses sudo when not root.
# Debian/Ubuntu only.
set -euo pipefail

declare -A binary_of=(
  [nats-server]=nats-server
  [influxdb]=influxd
  [openssh-server]=/usr/sbin/sshd
  [openssh-client]=ssh-keygen
  [ansible-core]=ansible-playbook
  [git]=git
  [hyperfine]=hyperfine
  [ipfs-cid]=ipfs_cid
  [chromium]=chromium
)

missing=()
for package in "${!binary_of[@]}"; do
  command -v "${binary_of[$package]}" >/dev/null 2>&1 || missing+=("$package")
done
# scripts/install-schemathesis.sh makes a venv of Debian's Python: its ensurepip comes apart.
/usr/bin/python3 -c 'import ensurepip' >/dev/null 2>&1 || missing+=(python3-venv)
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-system-deps: apt-get not found; install these packages yourself: ${missing[*]}" >&2
  exit 1
fi
sudo=()
[ "$(id -u)" -eq 0 ] || sudo=(sudo)
echo "install-system-deps: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
# --no-install-recommends keeps ansible-core from pulling the full 276 MB ansible.
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
