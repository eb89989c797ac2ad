// A chart's table, declared once: the Table view shows each column's text, /api/charts/<id>.csv its value.
import type { TableColumn } from '$lib/ui/DataTable.svelte';
import { toCsv, type CsvValue } from '$lib/export/to-csv';
import { m } from '$lib/paraglide/messages';

/** A machine-readable field of a chart's CSV: its name, unit and meaning are the same in every language. */
export interface CsvField<R> {
	key: string;
	/** Unit of the value ("USD", "year", "count", "share" for 0–1…); null for words and codes. */
	unit: string | null;
	/** What the field holds, in English: the metadata file is a machine file (`"language": "en"`). */
	meaning: string;
	value: (row: R) => CsvValue;
}

/** A column of the Table view, with the machine-readable field behind its text. */
export interface ChartColumn<R> extends TableColumn<R> {
	unit: string | null;
	meaning: string;
	/** The machine value; by default the row's own field `key`. */
	value?: (row: R) => CsvValue;
	/** Fields the cell's text folds in (a figure's qualifier, who relayed it): their own CSV columns. */
	also?: readonly CsvField<R>[];
}

/** The CSV's fields in order: each column, then the fields its cell folds in. */
export function csvFields<R extends Record<string, unknown>>(columns: readonly ChartColumn<R>[]): CsvField<R>[] {
	return columns.flatMap((c) => [
		{ key: c.key, unit: c.unit, meaning: c.meaning, value: c.value ?? ((r: R) => r[c.key] as CsvValue) },
		...(c.also ?? [])
	]);
}

/** The chart's rows as the Table view lists them, written as CSV with machine-readable column names. */
export function chartCsv<R extends Record<string, unknown>>(
	columns: readonly ChartColumn<R>[],
	rows: readonly R[]
): string {
	const fields = csvFields(columns);
	return toCsv(
		fields.map((f) => f.key),
		rows.map((r) => Object.fromEntries(fields.map((f) => [f.key, f.value(r)])))
	);
}

/** The year column most charts start with. */
export const yearColumn = <R extends { year: number }>(): ChartColumn<R> => ({
	key: 'year',
	label: m.tbl_year(),
	unit: 'year',
	meaning: 'Year of the annual IGF meeting'
});
