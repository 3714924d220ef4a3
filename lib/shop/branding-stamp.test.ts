import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { brandingChanged, brandingOf, stampBranding } from './branding-stamp.mjs';

let dir: string;
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('branding stamp of a build', () => {
  it('asks for a rebuild when the shop name or accent changed since the build, not otherwise', () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'branding-stamp-'));
    const built = { SHOP_NAME: 'Old Hosting', SHOP_ACCENT: '#4f46e5', PATH: '/bin' };
    expect(brandingChanged(dir, built)).toBe(true);
    stampBranding(dir, built);
    expect(brandingChanged(dir, { ...built, PATH: '/usr/bin' })).toBe(false);
    expect(brandingChanged(dir, { ...built, SHOP_NAME: 'New Hosting' })).toBe(true);
    expect(brandingChanged(dir, { ...built, SHOP_ACCENT: '#e11d48' })).toBe(true);
    expect(brandingChanged(dir, { SHOP_NAME: 'Old Hosting' })).toBe(true);
  });

  it('keeps only the SHOP_ settings, in a stable order', () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'branding-stamp-'));
    expect(Object.keys(brandingOf({ SHOP_URL: 'u', HOME: 'h', SHOP_ACCENT: 'a' }))).toEqual(['SHOP_ACCENT', 'SHOP_URL']);
  });
});
