// What changed in one dataset between two releases, computed from the rows themselves.
export type Row = Readonly<Record<string, unknown>>;

export interface FieldChange {
	field: string;
	old: unknown;
	new: unknown;
}

export interface RowChange {
	key: string;
	fields: FieldChange[];
}

export interface DatasetChangelog {
	added: string[];
	removed: string[];
	changed: RowChange[];
	/** Keys of rows whose confidence columns changed (a figure became more or less certain). */
	confidenceChanged: string[];
}

export interface DiffOptions {
	/** Columns that identify a row across releases; without them the whole row is its identity. */
	key?: readonly string[];
	confidenceColumns?: readonly string[];
}

const asText = (v: unknown): string =>
	typeof v === 'bigint' ? v.toString() : v instanceof Date ? v.toISOString() : JSON.stringify(v);

function rowKey(row: Row, key: readonly string[] | undefined): string {
	const columns = key && key.length > 0 ? key : Object.keys(row).sort();
	return columns.map((c) => `${c}=${row[c] === null || row[c] === undefined ? '' : String(row[c])}`).join('|');
}

/**
 * The columns rows are matched on: the key, unless a key column is new in `after` (the older rows cannot
 * have it), then every column both have, so the release that introduces a row id matches each row to itself.
 */
function matchColumns(before: readonly Row[], after: readonly Row[], key: readonly string[] | undefined) {
	if (!key?.length || before.length === 0 || after.length === 0 || key.every((k) => k in before[0])) return key;
	return Object.keys(after[0])
		.filter((c) => c in before[0])
		.sort();
}

export function diffDataset(
	before: readonly Row[],
	after: readonly Row[],
	options: DiffOptions = {}
): DatasetChangelog {
	const match = matchColumns(before, after, options.key);
	const old = new Map(before.map((r) => [rowKey(r, match), r]));
	// Entries are named by the key where the row has it.
	const name = (r: Row) => rowKey(r, options.key?.every((k) => k in r) ? options.key : match);
	const confidence = new Set(options.confidenceColumns ?? []);
	const log: DatasetChangelog = { added: [], removed: [], changed: [], confidenceChanged: [] };
	const matched = new Set<string>();
	for (const row of after) {
		const id = rowKey(row, match);
		const previous = old.get(id);
		if (!previous) {
			log.added.push(name(row));
			continue;
		}
		matched.add(id);
		const fields = [...new Set([...Object.keys(previous), ...Object.keys(row)])]
			.filter((f) => asText(previous[f]) !== asText(row[f]))
			.map((f) => ({ field: f, old: previous[f] ?? null, new: row[f] ?? null }));
		if (fields.length === 0) continue;
		log.changed.push({ key: name(row), fields });
		if (fields.some((f) => confidence.has(f.field))) log.confidenceChanged.push(name(row));
	}
	for (const [id, row] of old) if (!matched.has(id)) log.removed.push(name(row));
	return log;
}

/** True when the changelog records no difference at all. */
export function isEmptyChangelog(log: DatasetChangelog): boolean {
	return log.added.length === 0 && log.removed.length === 0 && log.changed.length === 0;
}
