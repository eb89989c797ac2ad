import { format } from 'd3-format';

const integer = format(',.0f');
const compact = format('.3~s');
const percent1 = format('.1%');

/** 12,345 — counts and amounts as published. */
export function formatInteger(n: number | null | undefined): string {
	return n == null ? '—' : integer(n);
}

/** 12.3k — axis ticks. */
export function formatCompact(n: number): string {
	return compact(n).replace('G', 'B');
}

/** 0.123 → 12.3% */
export function formatShare(n: number | null | undefined): string {
	return n == null ? '—' : percent1(n);
}

/** A published figure with its qualifier: "more than 2,000", "about 1,100", "1,363". */
export function formatQualified(n: number | null, qualifier: string | null): string {
	if (n == null) return 'not published';
	const text = integer(n);
	switch (qualifier) {
		case 'lower bound':
			return `more than ${text}`;
		case 'approximate':
			return `about ${text}`;
		case 'estimate':
			return `est. ${text}`;
		default:
			return text;
	}
}
