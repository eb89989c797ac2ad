// Browser only: the figures of an HTML table (a chart's Table view) as header + rows of cell text.
export function tableToRows(table: HTMLTableElement): { columns: string[]; rows: Record<string, string>[] } {
	const head = table.tHead?.rows[0] ?? table.rows[0];
	const columns = head ? [...head.cells].map((c) => c.textContent?.trim() ?? '') : [];
	const body = [...table.tBodies].flatMap((b) => [...b.rows]);
	const rows = body.map((r) => Object.fromEntries(columns.map((c, i) => [c, r.cells[i]?.textContent?.trim() ?? ''])));
	return { columns, rows };
}
