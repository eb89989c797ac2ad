import type { ParsedCsv } from './parse-csv';
import { parseValue } from './parse-value';
import type { Finding } from './finding';
import { foundError, sortProblems, type FoundProblem } from './problem';
import type { ColumnSpec, DatasetSpec, TypedRow } from './schema';

export interface SourceRow {
	/** CSV line on which the record starts. */
	line: number;
	values: TypedRow;
}

export interface Validated {
	rows: SourceRow[];
	problems: FoundProblem[];
}

type Report = (line: number, column: number, finding: Finding) => void;

export const sourceColumns = (spec: DatasetSpec) => spec.columns.filter((c) => !c.derived);

/** Checks header, field counts, types, required values, closed vocabularies, qualifiers and duplicate keys. */
export function validateDataset(spec: DatasetSpec, csv: ParsedCsv, file: string): Validated {
	const problems: FoundProblem[] = [];
	const error: Report = (line, column, finding) => problems.push(foundError(file, line, column, finding));
	for (const i of csv.issues) error(i.line, i.column, i.finding);

	const position = new Map<string, number>();
	csv.header.forEach((name, i) => {
		const col = spec.columns.find((c) => c.name === name.trim());
		if (position.has(name.trim())) error(1, i + 1, { code: 'duplicate_column', column: name });
		else if (!col) error(1, i + 1, { code: 'unexpected_column', column: name, dataset: spec.name });
		else if (col.derived) error(1, i + 1, { code: 'derived_column', column: name });
		position.set(name.trim(), i);
	});
	const columns = sourceColumns(spec).filter((c) => position.has(c.name));
	for (const c of sourceColumns(spec)) {
		if (!position.has(c.name) && !c.optional)
			error(1, csv.header.length + 1, { code: 'missing_column', column: c.name });
	}

	const rows: SourceRow[] = [];
	for (const record of csv.records) {
		if (record.fields.length !== csv.header.length) {
			error(record.line, 1, { code: 'field_count', expected: csv.header.length, found: record.fields.length });
			continue;
		}
		const values: TypedRow = {};
		for (const c of columns) {
			const col = position.get(c.name)! + 1;
			const raw = record.fields[col - 1];
			const parsed = parseValue(raw, c.type);
			if (!parsed.ok) error(record.line, col, { code: 'wrong_type', column: c.name, type: c.type, value: raw.trim() });
			const value = parsed.ok ? parsed.value : null;
			values[c.name] = value;
			if (parsed.ok && value === null && c.required) error(record.line, col, { code: 'required', column: c.name });
			if (value !== null && c.pattern && !c.pattern.test(String(value)))
				error(record.line, col, { code: 'pattern', column: c.name, value: String(value), pattern: String(c.pattern) });
			if (value !== null && c.allowed && !c.allowed.includes(String(value)))
				error(record.line, col, { code: 'not_allowed', column: c.name, value: String(value), allowed: c.allowed });
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
	error: Report
) {
	const figure = values[c.qualifies!] ?? null;
	const qualifier = values[c.name];
	const col = position.get(c.name)! + 1;
	if (figure !== null && qualifier === null) error(line, col, { code: 'qualifier_required', column: c.name, figure: c.qualifies! });
	if (figure === null && qualifier !== null) error(line, col, { code: 'qualifier_empty', column: c.name, figure: c.qualifies! });
}

function checkRelay(
	c: ColumnSpec,
	values: TypedRow,
	line: number,
	position: Map<string, number>,
	error: Report
) {
	const secondary = values[c.relays!] === 'secondary';
	const col = position.get(c.name)! + 1;
	if (secondary && values[c.name] === null) error(line, col, { code: 'relay_required', column: c.name, relays: c.relays! });
	if (!secondary && values[c.name] !== null) error(line, col, { code: 'relay_empty', column: c.name, relays: c.relays! });
}

function checkKeys(
	spec: DatasetSpec,
	rows: SourceRow[],
	position: Map<string, number>,
	error: Report
) {
	if (!spec.key?.length || !spec.key.every((k) => position.has(k))) return;
	const seen = new Map<string, number>();
	for (const row of rows) {
		const id = JSON.stringify(spec.key.map((k) => row.values[k]));
		const first = seen.get(id);
		if (first === undefined) seen.set(id, row.line);
		else error(row.line, position.get(spec.key[0])! + 1, { code: 'duplicate_key', key: spec.key, value: id, firstLine: first });
	}
}
