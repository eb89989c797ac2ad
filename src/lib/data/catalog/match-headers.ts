// Which dataset a file's header is meant for, with headers matched after trimming and ignoring case.
import type { DatasetSpec } from './schema';
import { sourceColumns } from './validate-dataset';

/** A header as a spreadsheet user might type it: `Amount USD ` → `amount_usd`. */
export const normaliseHeader = (h: string) => h.trim().toLowerCase().replace(/[\s-]+/g, '_');

/** Edit distance, capped: only near misses (a typo or two) matter here. */
function distance(a: string, b: string): number {
	let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const row = [i];
		for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
		prev = row;
	}
	return prev[b.length];
}

export interface HeaderMatch {
	spec: DatasetSpec;
	/** The header with each column that matches a declared one (trimmed, any case) renamed to it. */
	header: string[];
	/** Extra file columns that are a near miss of a missing declared column: [file header, declared name]. */
	nearMisses: [string, string][];
}

/** The declared name each header cell stands for (trimmed, case ignored), or the cell as written. */
function rename(header: readonly string[], names: readonly string[]): string[] {
	return header.map((h) => names.find((n) => n === normaliseHeader(h)) ?? h);
}

function nearMissesOf(header: readonly string[], names: readonly string[]): [string, string][] {
	const missing = names.filter((n) => !header.includes(n));
	return header
		.filter((h) => !names.includes(h))
		.flatMap((h): [string, string][] => {
			const near = missing.find((n) => distance(normaliseHeader(h), n) <= Math.min(2, Math.floor(n.length / 3)));
			return near ? [[h, near]] : [];
		});
}

/**
 * The dataset a file is meant for: one named like the file, or one of which at least 60% of the columns
 * are present (near misses count, so a typo cannot silently turn a ledger into a new table).
 */
export function matchHeaders(fileName: string, header: readonly string[], specs: readonly DatasetSpec[]): HeaderMatch | null {
	const stem = fileName.replace(/\.[^.]*$/, '').toLowerCase();
	let best: (HeaderMatch & { score: number }) | null = null;
	for (const spec of specs) {
		const names = spec.columns.map((c) => c.name);
		const renamed = rename(header, names);
		const nearMisses = nearMissesOf(renamed, sourceColumns(spec).map((c) => c.name));
		const source = sourceColumns(spec).map((c) => c.name);
		const score = (source.filter((n) => renamed.includes(n)).length + nearMisses.length) / source.length;
		const match = { spec, header: renamed, nearMisses, score };
		if (stem === spec.name) return match;
		if (!best || score > best.score) best = match;
	}
	return best && best.score >= 0.6 ? best : null;
}
