import { getLocale, getTextDirection } from '$lib/paraglide/runtime';

const FSI = '\u2068';
const PDI = '\u2069';
const RLM = '\u200f';

/**
 * Parts of one label joined with `separator`. In a right-to-left page each part is isolated and the whole
 * starts right to left, so "1,000,000 USD · 2019, 2025" reads amount first from the right instead of the
 * amount landing after the years (an SVG label sets its direction from its first letter).
 */
export function joinParts(parts: readonly string[], separator: string): string {
	if (getTextDirection(getLocale()) !== 'rtl') return parts.join(separator);
	return RLM + parts.map((p) => FSI + p + PDI).join(separator);
}
