import { getLocale, getTextDirection } from '$lib/paraglide/runtime';

/**
 * Text kept in its own direction inside a sentence of either direction (Unicode's first-strong isolate):
 * in Arabic, an id like 2026-12-05-b1e53c8 would otherwise be reordered around its hyphens.
 */
export const isolate = (text: string): string => `\u2068${text}\u2069`;

/** The same text without isolates: what a reader copies. */
export const withoutIsolates = (text: string): string => text.replace(/[\u2066-\u2069]/g, '');

const RLM = '\u200f';

/**
 * Parts of one label joined with `separator`. In a right-to-left page each part is isolated and the whole
 * starts right to left, so "1,000,000 USD · 2019, 2025" reads amount first from the right instead of the
 * amount landing after the years (an SVG label sets its direction from its first letter).
 */
export function joinParts(parts: readonly string[], separator: string): string {
	if (getTextDirection(getLocale()) !== 'rtl') return parts.join(separator);
	return RLM + parts.map(isolate).join(separator);
}
