// Debian's Chromium, driven by playwright-core (Playwright's own browser
// downloads cannot work here). A fresh machine has no Chromium: as root the
// set-up installs it with apt-get, otherwise it fails with the exact command.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const CHROMIUM_INSTALL_COMMAND = 'apt-get update && apt-get install -y chromium';

const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

function aptInstall() {
  execFileSync('sh', ['-c', CHROMIUM_INSTALL_COMMAND], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

/**
 * Makes sure Chromium is at `executablePath`, installing it when running as root.
 * @returns {string} the executable path
 */
export function ensureChromium({
  executablePath = CHROMIUM_PATH,
  isRoot = process.getuid?.() === 0,
  install = aptInstall,
} = {}) {
  if (existsSync(executablePath)) return executablePath;
  if (!isRoot) {
    throw new Error(
      `Chromium is not installed (${executablePath} is missing). Install it as root with:\n  ${CHROMIUM_INSTALL_COMMAND}`,
    );
  }
  install();
  if (!existsSync(executablePath)) {
    throw new Error(`\`${CHROMIUM_INSTALL_COMMAND}\` ran but ${executablePath} is still missing.`);
  }
  return executablePath;
}

/** Headless Chromium with a fresh profile (playwright-core makes a temporary user-data-dir). */
export function launchChromium() {
  return chromium.launch({
    executablePath: ensureChromium(),
    headless: true,
    args: CHROMIUM_FLAGS,
  });
}
