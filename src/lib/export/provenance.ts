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
	/** The data release the rows were drawn from (see `releaseProvenance`). */
	release?: ProvenanceRelease;
}

/** A data release as an export names it: its id and date, the SHA-256 of each bundled dataset read. */
export interface ProvenanceRelease {
	id: string;
	date: string;
	sha256: Record<string, string>;
	/** Tables read that were uploaded in the browser session: no release describes them. */
	uploaded: string[];
}

/**
 * The release behind an export drawn from `tables`: the digest of each bundled one (from `digests`, the
 * build's manifest, which the release recorded), and the uploaded ones named apart.
 */
export function releaseProvenance(
	release: { id: string; date: string },
	digests: Readonly<Record<string, string>>,
	tables: readonly string[],
	uploaded: readonly string[]
): ProvenanceRelease {
	const bundled = tables.filter((t) => !uploaded.includes(t) && t in digests);
	return {
		id: release.id,
		date: release.date,
		sha256: Object.fromEntries(bundled.map((t) => [t, digests[t]])),
		uploaded: tables.filter((t) => uploaded.includes(t))
	};
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
		...(p.minCell ? { 'igf_metrics.small_cell_threshold': String(p.minCell) } : {}),
		...(p.release
			? { 'igf_metrics.release': p.release.id, 'igf_metrics.release_sha256': JSON.stringify(p.release.sha256) }
			: {})
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
