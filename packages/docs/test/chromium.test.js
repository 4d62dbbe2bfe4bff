// A fresh machine has no Chromium: as root the set-up installs it, otherwise
// it stops with the exact command to run.
import { describe, expect, it, vi } from 'vitest';
import { CHROMIUM_INSTALL_COMMAND, ensureChromium } from './support/chromium.js';

const missing = '/nonexistent/chromium';

describe('ensureChromium', () => {
  it('returns the executable when it is installed', () => {
    const install = vi.fn();
    expect(ensureChromium({ executablePath: process.execPath, isRoot: false, install })).toBe(process.execPath);
    expect(install).not.toHaveBeenCalled();
  });

  it('fails with the exact install command when not root', () => {
    const install = vi.fn();
    expect(() => ensureChromium({ executablePath: missing, isRoot: false, install })).toThrow(
      `Chromium is not installed (${missing} is missing). Install it as root with:\n  apt-get update && apt-get install -y chromium`,
    );
    expect(install).not.toHaveBeenCalled();
  });

  it('installs it as root, and says so when the install did not produce it', () => {
    const install = vi.fn();
    expect(() => ensureChromium({ executablePath: missing, isRoot: true, install })).toThrow(
      `\`${CHROMIUM_INSTALL_COMMAND}\` ran but ${missing} is still missing.`,
    );
    expect(install).toHaveBeenCalledOnce();
  });
});
