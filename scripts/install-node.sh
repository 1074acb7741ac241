#!/usr/bin/env bash
# Installs the npm audit tools the tests run (axe-core, vnu-jar, lighthouse) into node_modules/,
# exactly as package-lock.json pins them. Install scripts are not run: none of these tools needs
# one (vnu-jar's would download a Java runtime; scripts/install-system.sh installs Debian's),
# and no browser is ever downloaded (Lighthouse and Playwright drive Debian's /usr/bin/chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
stamp=node_modules/.installed
if [ -f "$stamp" ] && [ "$stamp" -nt package-lock.json ] && [ "$stamp" -nt package.json ]; then exit 0; fi
echo "Installing npm audit tools (npm ci)"
npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
touch "$stamp"
