import { describe, expect, it } from 'vitest';
import { accentPalette, contrast, DARK_BACKGROUND, LIGHT_BACKGROUND } from './colour';

describe('contrast', () => {
  it('computes WCAG contrast ratios', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });
});

describe('accentPalette', () => {
  // A dark, a mid, a light and a saturated colour: every one must give AA-compliant pairs.
  it.each(['#4f46e5', '#808080', '#ffd400', '#00ff00', '#0b0d12', '#ffffff', '#e11d48'])('keeps AA contrast for %s', (accent) => {
    const p = accentPalette(accent);
    expect(contrast(p.accent, p.onAccent)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(p.accentDark, p.onAccentDark)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(p.accentText, LIGHT_BACKGROUND)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(p.accentTextDark, DARK_BACKGROUND)).toBeGreaterThanOrEqual(4.5);
  });

  it('keeps a colour that already works as it is', () => {
    const p = accentPalette('#4F46E5');
    expect(p.accent).toBe('#4f46e5');
    expect(p.onAccent).toBe('#ffffff');
    expect(p.accentText).toBe('#4f46e5');
  });

  it('refuses what is not a hex colour', () => {
    expect(() => accentPalette('indigo')).toThrow(RangeError);
  });
});
