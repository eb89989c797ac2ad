import type { ParsedCsv } from './parse-csv';
import { parseValue } from './parse-value';
import { sortProblems, type Problem } from './problem';
import type { ColumnSpec, DatasetSpec, TypedRow } from './schema';

export interface SourceRow {
	/** CSV line on which the record starts. */
	line: number;
	values: TypedRow;
}

export interface Validated {
	rows: SourceRow[];
	problems: Problem[];
}

export const sourceColumns = (spec: DatasetSpec) => spec.columns.filter((c) => !c.derived);

/** Checks header, field counts, types, required values, closed vocabularies, qualifiers and duplicate keys. */
export function validateDataset(spec: DatasetSpec, csv: ParsedCsv, file: string): Validated {
	const problems: Problem[] = [];
	const error = (line: number, column: number, message: string) =>
		problems.push({ file, line, column, message, severity: 'error' });
	for (const i of csv.issues) error(i.line, i.column, i.message);

	const position = new Map<string, number>();
	csv.header.forEach((name, i) => {
		const col = spec.columns.find((c) => c.name === name.trim());
		if (position.has(name.trim())) error(1, i + 1, `duplicate column "${name}"`);
		else if (!col) error(1, i + 1, `unexpected column "${name}" (not declared in the ${spec.name} spec)`);
		else if (col.derived) error(1, i + 1, `column "${name}" is derived by the build and must not be in the CSV`);
		position.set(name.trim(), i);
	});
	const columns = sourceColumns(spec).filter((c) => position.has(c.name));
	for (const c of sourceColumns(spec)) {
		if (!position.has(c.name)) error(1, csv.header.length + 1, `missing column "${c.name}"`);
	}

	const rows: SourceRow[] = [];
	for (const record of csv.records) {
		if (record.fields.length !== csv.header.length) {
			error(record.line, 1, `expected ${csv.header.length} fields, found ${record.fields.length}`);
			continue;
		}
		const values: TypedRow = {};
		for (const c of columns) {
			const col = position.get(c.name)! + 1;
			const parsed = parseValue(record.fields[col - 1], c.type);
			if (!parsed.ok) error(record.line, col, `${c.name}: ${parsed.message}`);
			const value = parsed.ok ? parsed.value : null;
			values[c.name] = value;
			if (parsed.ok && value === null && c.required) error(record.line, col, `${c.name}: a value is required`);
			if (value !== null && c.pattern && !c.pattern.test(String(value)))
				error(record.line, col, `${c.name}: ${JSON.stringify(value)} does not match ${c.pattern}`);
			if (value !== null && c.allowed && !c.allowed.includes(String(value)))
				error(record.line, col, `${c.name}: unknown value ${JSON.stringify(value)} (allowed: ${c.allowed.join(', ')})`);
		}
		for (const c of columns.filter((c) => c.qualifies)) checkQualifier(c, values, record.line, position, error);
		for (const c of columns.filter((c) => c.relays)) checkRelay(c, values, record.line, position, error);
		rows.push({ line: record.line, values });
	}
	checkKeys(spec, rows, position, error);
	return { rows, problems: sortProblems(problems) };
}

function checkQualifier(
	c: ColumnSpec,
	values: TypedRow,
	line: number,
	position: Map<string, number>,
	error: (line: number, column: number, message: string) => void
) {
	const figure = values[c.qualifies!] ?? null;
	const qualifier = values[c.name];
	const col = position.get(c.name)! + 1;
	if (figure !== null && qualifier === null) error(line, col, `${c.name}: ${c.qualifies} is given, so its qualifier is required`);
	if (figure === null && qualifier !== null) error(line, col, `${c.name}: ${c.qualifies} is empty, so the qualifier must be empty`);
}

function checkRelay(
	c: ColumnSpec,
	values: TypedRow,
	line: number,
	position: Map<string, number>,
	error: (line: number, column: number, message: string) => void
) {
	const secondary = values[c.relays!] === 'secondary';
	const col = position.get(c.name)! + 1;
	if (secondary && values[c.name] === null) error(line, col, `${c.name}: ${c.relays} is secondary, so say who relayed the figure`);
	if (!secondary && values[c.name] !== null) error(line, col, `${c.name}: ${c.relays} is not secondary, so this must be empty`);
}

function checkKeys(
	spec: DatasetSpec,
	rows: SourceRow[],
	position: Map<string, number>,
	error: (line: number, column: number, message: string) => void
) {
	if (!spec.key?.length || !spec.key.every((k) => position.has(k))) return;
	const seen = new Map<string, number>();
	for (const row of rows) {
		const id = JSON.stringify(spec.key.map((k) => row.values[k]));
		const first = seen.get(id);
		if (first === undefined) seen.set(id, row.line);
		else error(row.line, position.get(spec.key[0])! + 1, `duplicate key (${spec.key.join(', ')}) = ${id}, first on line ${first}`);
	}
}
