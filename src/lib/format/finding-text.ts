import { getLocale, type Locale } from '$lib/paraglide/runtime';
import { m } from '$lib/paraglide/messages';
import type { Finding } from '$lib/data/catalog/finding';
import type { ColumnType } from '$lib/data/catalog/schema';

type Options = { locale: Locale };

const typeName = (type: ColumnType, o: Options): string => {
	switch (type) {
		case 'VARCHAR':
			return m.finding_type_text({}, o);
		case 'INTEGER':
			return m.finding_type_integer({}, o);
		case 'BIGINT':
			return m.finding_type_bigint({}, o);
		case 'DOUBLE':
			return m.finding_type_double({}, o);
		case 'BOOLEAN':
			return m.finding_type_boolean({}, o);
		case 'DATE':
			return m.finding_type_date({}, o);
	}
};

/**
 * The one place a check's finding about a reader's file becomes words in their language. Column names,
 * values and sheet names are the file's own and appear as found.
 */
export function findingText(f: Finding, locale: Locale = getLocale()): string {
	const o = { locale };
	switch (f.code) {
		case 'stray_quote':
			return m.finding_stray_quote({}, o);
		case 'text_after_quote':
			return m.finding_text_after_quote({}, o);
		case 'unterminated_quote':
			return m.finding_unterminated_quote({}, o);
		case 'cell_error':
			return f.formula ? m.finding_formula_error({ value: f.value }, o) : m.finding_cell_error({ value: f.value }, o);
		case 'formula_no_result':
			return m.finding_formula_no_result({}, o);
		case 'date_not_date':
			return m.finding_date_not_date({ serial: String(f.serial) }, o);
		case 'date_1900_leap':
			return m.finding_date_1900_leap({}, o);
		case 'not_workbook':
			return m.finding_not_workbook({}, o);
		case 'part_too_large':
			return m.finding_part_too_large({ part: f.part, megabytes: f.megabytes }, o);
		case 'no_sheet':
			return m.finding_no_sheet({ sheet: f.sheet, sheets: f.sheets.join(', ') }, o);
		case 'no_sheets':
			return m.finding_no_sheets({}, o);
		case 'sheet_missing':
			return m.finding_sheet_missing({ sheet: f.sheet }, o);
		case 'duplicate_column':
			return m.finding_duplicate_column({ column: f.column }, o);
		case 'unexpected_column':
			return f.suggestion
				? m.finding_unexpected_column_near({ column: f.column, suggestion: f.suggestion }, o)
				: m.finding_unexpected_column({ column: f.column, dataset: f.dataset }, o);
		case 'derived_column':
			return m.finding_derived_column({ column: f.column }, o);
		case 'missing_column':
			return m.finding_missing_column({ column: f.column }, o);
		case 'field_count':
			return m.finding_field_count({ expected: f.expected, found: f.found }, o);
		case 'wrong_type':
			return m.finding_wrong_type({ column: f.column, type: typeName(f.type, o), value: f.value }, o);
		case 'required':
			return m.finding_required({ column: f.column }, o);
		case 'pattern':
			return m.finding_pattern({ column: f.column, value: f.value, pattern: f.pattern }, o);
		case 'not_allowed':
			return m.finding_not_allowed({ column: f.column, value: f.value, allowed: f.allowed.join(', ') }, o);
		case 'qualifier_required':
			return m.finding_qualifier_required({ column: f.column, figure: f.figure }, o);
		case 'qualifier_empty':
			return m.finding_qualifier_empty({ column: f.column, figure: f.figure }, o);
		case 'relay_required':
			return m.finding_relay_required({ column: f.column, relays: f.relays }, o);
		case 'relay_empty':
			return m.finding_relay_empty({ column: f.column, relays: f.relays }, o);
		case 'duplicate_key':
			return m.finding_duplicate_key({ key: f.key.join(', '), value: f.value, line: f.firstLine }, o);
		case 'unmapped_label':
			return m.finding_unmapped_label({ column: f.column, label: f.label, dimension: f.dimension }, o);
	}
}
