// Chart labels are laid out at prerender, where no text can be measured: widths are estimated from the
// characters, generously, so that a margin made from them holds the label in every language.

/** Chart text's size in an SVG's units: --chart-text. */
export const CHART_TEXT_SIZE = 11;

/** Ideographs, kana and Hangul are a full em wide; other scripts' letters about 0.6 em at most on average. */
const WIDE = /[\u1100-\u11ff\u2e80-\ua4cf\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** About how wide `text` is drawn at `fontSize` pixels (an upper estimate for proportional system fonts). */
export function textWidth(text: string, fontSize: number): number {
	let ems = 0;
	for (const ch of text) ems += WIDE.test(ch) ? 1 : ch === ' ' ? 0.3 : 0.6;
	return ems * fontSize;
}

/**
 * A row label as one or two lines no wider than `maxWidth` where the words allow: a long label is broken
 * at the space that makes its longer line shortest.
 */
export function labelLines(label: string, fontSize: number, maxWidth: number): string[] {
	if (textWidth(label, fontSize) <= maxWidth) return [label];
	const words = label.split(' ');
	if (words.length < 2) return [label];
	let best: string[] = [label];
	let bestWidth = Infinity;
	for (let i = 1; i < words.length; i++) {
		const lines = [words.slice(0, i).join(' '), words.slice(i).join(' ')];
		const widest = Math.max(...lines.map((l) => textWidth(l, fontSize)));
		if (widest < bestWidth) [best, bestWidth] = [lines, widest];
	}
	return best;
}

/** The margin that holds the widest line of `rows` plus `gap`, within [min, max]. */
export function labelMargin(rows: readonly string[][], fontSize: number, min: number, max: number, gap = 8): number {
	const widest = Math.max(0, ...rows.flat().map((l) => textWidth(l, fontSize)));
	return Math.min(max, Math.max(min, Math.ceil(widest + gap)));
}
