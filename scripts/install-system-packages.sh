#!/usr/bin/env bash
# The Debian packages Boligmonitor needs beside Node.js: Chromium prints the report's PDF and drives the
# browser tests (playwright-core 1.64.1 is built for Chromium 156, Debian's); poppler-utils (pdftotext,
# pdffonts, pdftoppm) lets the tests read the PDF. Installs only what is missing; needs root (or sudo).
set -euo pipefail
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
if [ ${#missing[@]} -eq 0 ]; then exit 0; fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
echo "Installing Debian packages: ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
