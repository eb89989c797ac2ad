/** A source cell may hold several addresses separated by " | ". */
export function splitSources(cell: string | null | undefined): string[] {
	if (!cell) return [];
	return cell
		.split(' | ')
		.map((s) => s.trim())
		.filter((s) => s !== '');
}

/** Distinct addresses (http/https) across cells, sorted for a stable manifest. */
export function distinctSources(cells: Iterable<string | null | undefined>): string[] {
	const all = new Set<string>();
	for (const cell of cells) for (const s of splitSources(cell)) if (/^https?:\/\//i.test(s)) all.add(s);
	return [...all].sort();
}

/**
 * The sources behind query rows, for a chart's source list: distinct addresses across the rows' " | "-separated
 * `sources` (an aggregate's) or `source_url` (a row's own), sorted.
 * @example sourcesOf([{ source_url: 'https://b.org | https://a.org' }, { source_url: 'https://a.org' }]) // ['https://a.org', 'https://b.org']
 */
export function sourcesOf(rows: readonly { sources?: string | null; source_url?: string | null }[]): string[] {
	return distinctSources(rows.map((r) => r.sources ?? r.source_url));
}
