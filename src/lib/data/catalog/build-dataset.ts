import type { CategoryMap } from './category-map';
import { checkShares } from './check-shares';
import { deriveColumns } from './derive-columns';
import { parseCsv } from './parse-csv';
import type { Problem } from './problem';
import type { DatasetSpec, TypedRow } from './schema';
import { sortRows } from './sort-rows';
import { validateDataset } from './validate-dataset';

export interface BuiltDataset {
	spec: DatasetSpec;
	/** Typed rows with derived columns, sorted by key. */
	rows: TypedRow[];
	problems: Problem[];
}

/** Turns one source CSV's text into typed, harmonised, sorted rows plus every problem found. */
export function buildDataset(spec: DatasetSpec, text: string, file: string, map: CategoryMap): BuiltDataset {
	const csv = parseCsv(text);
	const validated = validateDataset(spec, csv, file);
	const derived = deriveColumns(spec, validated.rows, map, file, csv.header);
	const shares = spec.shareCheck ? checkShares(spec.shareCheck, validated.rows, file, csv.header) : [];
	const names = spec.columns.map((c) => c.name);
	return {
		spec,
		rows: sortRows(derived.rows, spec.key ?? [], names),
		problems: [...validated.problems, ...derived.problems, ...shares]
	};
}
