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
