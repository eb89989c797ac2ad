/** The DuckDB statement turning the compact code file into the participants Parquet file (labels restored by list lookup). */
import { GENDERS, MODES, STAKEHOLDERS } from './categories';
import type { Country } from './country-table';

const literal = (s: string) => `'${s.replaceAll("'", "''")}'`;
const list = (values: readonly string[]) => `[${values.map(literal).join(', ')}]`;

/** DuckDB lists are 1-based, codes 0-based. */
export function participantsParquetSql(codesPath: string, outPath: string, countries: readonly Country[]): string {
	const lookup = (values: readonly string[], code: string) => `${list(values)}[${code} + 1]`;
	return `COPY (
  SELECT id::INTEGER AS participant_id,
    year::INTEGER AS year,
    ${lookup(countries.map((c) => c.iso3), 'country')} AS country_iso3,
    ${lookup(countries.map((c) => c.group), 'country')} AS un_regional_group,
    ${lookup(STAKEHOLDERS, 'stakeholder')} AS stakeholder_group,
    ${lookup(GENDERS, 'gender')} AS gender,
    ${lookup(MODES, 'mode')} AS mode,
    first_time = 1 AS first_time,
    ${list(countries.map((c) => String(c.developing)))}[country + 1]::BOOLEAN AS developing_country,
    true AS synthetic
  FROM read_csv(${literal(codesPath)}, header = false, delim = ',',
    columns = {'id': 'INTEGER', 'year': 'SMALLINT', 'country': 'USMALLINT', 'stakeholder': 'UTINYINT',
               'gender': 'UTINYINT', 'mode': 'UTINYINT', 'first_time': 'UTINYINT'})
) TO ${literal(outPath)} (FORMAT parquet, COMPRESSION zstd)`;
}
