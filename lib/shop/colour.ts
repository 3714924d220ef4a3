/**
 * The shop's one accent colour, turned into the few shades a page needs while keeping WCAG 2.2 AA
 * contrast whatever colour a shop picks: text on accent-filled buttons (4.5:1), and the accent
 * used as text or focus ring on the light and the dark page background (4.5:1).
 * Pure, so the palette can be unit-tested and computed once on the server.
 */

export interface AccentPalette {
  /** The shop's colour, for fills (buttons, selected cards) in the light theme. */
  accent: string;
  /** Text on `accent`: white or near-black, whichever contrasts more. */
  onAccent: string;
  /** The accent darkened until it reads as text on the light background. */
  accentText: string;
  /** Dark theme: the fill, lightened until the accent stands out from the dark background. */
  accentDark: string;
  onAccentDark: string;
  /** Dark theme: the accent lightened until it reads as text on the dark background. */
  accentTextDark: string;
}

/**
 * The surfaces the palette is checked against: of each theme's backgrounds (app/globals.css),
 * the one closest to the accent, so the accent reads on all of them.
 */
export const LIGHT_BACKGROUND = '#f5f6f8';
export const DARK_BACKGROUND = '#171b24';
const WHITE = '#ffffff';
const INK = '#0b0d12';
const TEXT_CONTRAST = 4.5;
/** Non-text contrast (WCAG 1.4.11) for a filled control against the page. */
const FILL_CONTRAST = 3;

type Rgb = [number, number, number];

function parseHex(hex: string): Rgb {
  const match = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!match?.[1]) throw new RangeError(`Not a #rrggbb colour: ${hex}`);
  const value = parseInt(match[1], 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

function toHex([r, g, b]: Rgb): string {
  return `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

/** WCAG relative luminance. */
function luminance(rgb: Rgb): number {
  const [r, g, b] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio between two #rrggbb colours (1 to 21). */
export function contrast(a: string, b: string): number {
  const [la, lb] = [luminance(parseHex(a)), luminance(parseHex(b))];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

function mix(colour: Rgb, towards: Rgb, amount: number): Rgb {
  return colour.map((c, i) => c + ((towards[i] ?? c) - c) * amount) as Rgb;
}

/**
 * Moves `colour` towards `towards` (black or white) in small steps until it reaches `ratio`
 * against `background`; the colour itself when it already does.
 */
function shiftUntil(colour: string, towards: string, background: string, ratio: number): string {
  const from = parseHex(colour);
  const target = parseHex(towards);
  for (let step = 0; step <= 20; step++) {
    const candidate = toHex(mix(from, target, step / 20));
    if (contrast(candidate, background) >= ratio) return candidate;
  }
  return towards;
}

/**
 * A fill and its text colour with 4.5:1 between them: white or ink, whichever contrasts more,
 * and the fill nudged away from the text colour when neither is enough (mid greys, oranges).
 */
function fillWithText(colour: string): { fill: string; text: string } {
  const text = contrast(colour, WHITE) >= contrast(colour, INK) ? WHITE : INK;
  const fill = shiftUntil(colour, text === WHITE ? INK : WHITE, text, TEXT_CONTRAST);
  return { fill, text };
}

export function accentPalette(accent: string): AccentPalette {
  const base = toHex(parseHex(accent));
  const light = fillWithText(base);
  const dark = fillWithText(shiftUntil(base, WHITE, DARK_BACKGROUND, FILL_CONTRAST));
  return {
    accent: light.fill,
    onAccent: light.text,
    accentText: shiftUntil(base, INK, LIGHT_BACKGROUND, TEXT_CONTRAST),
    accentDark: dark.fill,
    onAccentDark: dark.text,
    accentTextDark: shiftUntil(base, WHITE, DARK_BACKGROUND, TEXT_CONTRAST),
  };
}
