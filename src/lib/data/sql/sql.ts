/** The only string escaping in the app: identifiers and literals for DuckDB SQL. */
export function ident(name: string): string {
	return `"${name.replaceAll('"', '""')}"`;
}

export type Literal = string | number | boolean | null;

export function literal(value: Literal): string {
	if (value === null) return 'NULL';
	if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
	if (typeof value === 'number') {
		if (!Number.isFinite(value)) throw new Error(`Not a finite number: ${value}`);
		return String(value);
	}
	return `'${value.replaceAll("'", "''")}'`;
}

/** `a AND b AND …`, skipping empty clauses; TRUE when there are none. */
export function and(clauses: readonly (string | null | undefined)[]): string {
	const kept = clauses.filter((c): c is string => Boolean(c));
	return kept.length ? kept.map((c) => `(${c})`).join(' AND ') : 'TRUE';
}

export function list(values: readonly Literal[]): string {
	return values.map(literal).join(', ');
}
