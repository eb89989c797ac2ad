// Browser only: writes a query result in one format, optionally as a ZIP with its sources.
import type { Database } from '$lib/data/db/database';
import { countQuery, resultColumnsQuery } from '$lib/data/queries/explore';
import { downloadBlob } from './download';
import { formatType, type ExportFormat } from './formats';
import { browserParquet } from '$lib/data/db/parquet-browser';
import { provenanceReadme } from '$lib/format/provenance-text';
import { exportFileStem, provenanceMetadata, type Provenance } from './provenance';
import { toArrow } from './to-arrow';
import { toCsv } from './to-csv';
import { toJson } from './to-json';
import { toParquet } from './to-parquet';
import { toXlsx } from './to-xlsx';
import { withSources } from './with-sources';

/** Runs `sql` (the whole result, not a page) and downloads it; returns the file name. */
export async function exportResult(
	db: Database,
	sql: string,
	format: ExportFormat,
	provenance: Omit<Provenance, 'rows'>,
	zip: boolean
) {
	const stem = exportFileStem(provenance.dataset, provenance.filters);
	const file = `${stem}.${format}`;
	let data: Uint8Array | string;
	let rows: number;
	if (format === 'csv' || format === 'json' || format === 'xlsx') {
		const result = await db.query(sql);
		const columns = result.length
			? Object.keys(result[0])
			: (await db.query(resultColumnsQuery(sql))).map((r) => String(r.name));
		rows = result.length;
		data =
			format === 'csv'
				? toCsv(columns, result)
				: format === 'json'
					? toJson(columns, result)
					: toXlsx(
							columns,
							result,
							provenanceMetadata({ ...provenance, rows }),
							provenanceReadme({ ...provenance, rows }, file)
						);
	} else {
		const ipc = await db.queryArrow(sql);
		const [{ n }] = await db.query<{ n: number }>(countQuery(sql));
		rows = n;
		const meta = provenanceMetadata({ ...provenance, rows });
		data = format === 'arrow' ? toArrow(ipc, meta) : toParquet(await browserParquet(), ipc, meta);
	}
	if (zip) {
		downloadBlob(withSources(file, data, { ...provenance, rows }), `${stem}-with-sources.zip`, 'application/zip');
		return `${stem}-with-sources.zip`;
	}
	downloadBlob(data, file, formatType(format));
	return file;
}
