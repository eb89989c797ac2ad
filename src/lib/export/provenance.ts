/** Where an export's rows came from: carried in every export (ZIP metadata + README, Parquet/Arrow metadata). */
export interface Provenance {
	/** Table the rows were read from (or "sql" for a console query). */
	dataset: string;
	title: string;
	/** What the rows are: the filtered rows, an aggregate of them, or a console query. */
	shape: 'rows' | 'aggregate' | 'sql';
	/** Human-readable filters, group-by and aggregate, e.g. "year 2010..2015; group by region; count". */
	filters: string;
	/** The SQL that produced the rows. */
	sql: string;
	/** Link that reopens the same view. */
	url: string;
	exportedAt: string;
	rows: number;
	sources: readonly string[];
	synthetic: boolean;
	/** Rows replaced by a file uploaded in this browser session, not the bundled data. */
	uploaded?: boolean;
	/** Row-level data: aggregates over fewer rows than this were withheld (NULL). */
	minCell?: number | null;
}

/** Flat string pairs for Parquet key-value metadata and Arrow schema metadata. */
export function provenanceMetadata(p: Provenance): Record<string, string> {
	return {
		'igf_metrics.dataset': p.dataset,
		'igf_metrics.title': p.title,
		'igf_metrics.shape': p.shape,
		'igf_metrics.filters': p.filters,
		'igf_metrics.sql': p.sql,
		'igf_metrics.url': p.url,
		'igf_metrics.exported_at': p.exportedAt,
		'igf_metrics.rows': String(p.rows),
		'igf_metrics.sources': JSON.stringify(p.sources),
		'igf_metrics.synthetic': String(p.synthetic),
		'igf_metrics.uploaded': String(Boolean(p.uploaded)),
		...(p.minCell ? { 'igf_metrics.small_cell_threshold': String(p.minCell) } : {})
	};
}

/** A file-name stem from dataset and filters: lower-case ASCII, dashes, at most 80 characters. */
export function exportFileStem(dataset: string, filters: string): string {
	const slug = `${dataset} ${filters}`
		.normalize('NFKD')
		.toLowerCase()
		.replace(/[^a-z0-9.]+/g, '-')
		.replace(/^-+|-+$/g, '');
	return slug.slice(0, 80).replace(/-+$/, '') || 'export';
}
