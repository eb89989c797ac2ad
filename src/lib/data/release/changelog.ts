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

export function diffDataset(
	before: readonly Row[],
	after: readonly Row[],
	options: DiffOptions = {}
): DatasetChangelog {
	const old = new Map(before.map((r) => [rowKey(r, options.key), r]));
	const now = new Map(after.map((r) => [rowKey(r, options.key), r]));
	const confidence = new Set(options.confidenceColumns ?? []);
	const log: DatasetChangelog = { added: [], removed: [], changed: [], confidenceChanged: [] };
	for (const [key, row] of now) {
		const previous = old.get(key);
		if (!previous) {
			log.added.push(key);
			continue;
		}
		const fields = [...new Set([...Object.keys(previous), ...Object.keys(row)])]
			.filter((f) => asText(previous[f]) !== asText(row[f]))
			.map((f) => ({ field: f, old: previous[f] ?? null, new: row[f] ?? null }));
		if (fields.length === 0) continue;
		log.changed.push({ key, fields });
		if (fields.some((f) => confidence.has(f.field))) log.confidenceChanged.push(key);
	}
	for (const key of old.keys()) if (!now.has(key)) log.removed.push(key);
	return log;
}

/** True when the changelog records no difference at all. */
export function isEmptyChangelog(log: DatasetChangelog): boolean {
	return log.added.length === 0 && log.removed.length === 0 && log.changed.length === 0;
}
