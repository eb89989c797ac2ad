import type { ColumnInfo } from '../catalog/manifest';
import { literal } from '../sql/sql';

/** A column of a loaded table as the engine reports it: a manifest column without its description. */
export type DatabaseColumn = Pick<ColumnInfo, 'name' | 'type'>;

/** Columns of one table, in table order, with their DuckDB type names. */
export function tableColumnsQuery(table: string): string {
	return `SELECT column_name AS name, data_type AS type FROM information_schema.columns
WHERE table_schema = 'main' AND table_name = ${literal(table)} ORDER BY ordinal_position`;
}

const NUMERIC = /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|FLOAT|REAL|DOUBLE|DECIMAL.*)$/i;
export const isNumericType = (type: string) => NUMERIC.test(type);
