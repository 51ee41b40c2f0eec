// The association's colour, made safe to print: an invalid value falls back to dark blue, and a
// colour too light to read as text on white is darkened for text while rules keep the original.

export const DEFAULT_COLOR = '#1f3a5f';

export type Brand = {
  /** Rules, bars and accents. */
  accent: string;
  /** Headings and labels: the accent, darkened until it reads on white (WCAG AA, 4.5:1). */
  ink: string;
  /** A very light tint of the accent for shaded boxes. */
  tint: string;
};

type Rgb = [number, number, number];

export function parseHexColor(value: string | undefined): Rgb | undefined {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value?.trim() ?? '');
  if (!m?.[1]) return undefined;
  const hex = m[1].length === 3 ? [...m[1]].map((c) => c + c).join('') : m[1];
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb;
}

const toHex = (rgb: Rgb) => `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
const mix = (a: Rgb, b: Rgb, t: number): Rgb => [0, 1, 2].map((i) => a[i]! + (b[i]! - a[i]!) * t) as Rgb;
const round = (rgb: Rgb): Rgb => rgb.map((c) => Math.round(c)) as Rgb;

function luminance(rgb: Rgb): number {
  const [r, g, b] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastOnWhite(rgb: Rgb): number {
  return 1.05 / (luminance(rgb) + 0.05);
}

export function makeBrand(color: string | undefined): Brand {
  const base = parseHexColor(color) ?? parseHexColor(DEFAULT_COLOR)!;
  // Checked on the rounded colour that is actually printed.
  let ink = base;
  for (let step = 1; contrastOnWhite(ink) < 4.5 && step <= 20; step++) ink = round(mix(base, [0, 0, 0], step / 20));
  // A near-white accent would vanish on paper; rules then use the darkened colour as well.
  const accent = contrastOnWhite(base) < 1.6 ? ink : base;
  return { accent: toHex(accent), ink: toHex(ink), tint: toHex(mix(accent, [255, 255, 255], 0.9)) };
}
