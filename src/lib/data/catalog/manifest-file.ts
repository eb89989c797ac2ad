import { createHash } from 'node:crypto';
import type { DatasetInfo, Manifest } from './manifest';
import type { DatasetSpec, TypedRow } from './schema';
import { distinctSources } from './source-urls';
import { confidenceProfile } from './confidence-profile';

/** Manifest entry of one written dataset; `bytes` are the Parquet file's contents. */
export function datasetEntry(spec: DatasetSpec, rows: readonly TypedRow[], bytes: Uint8Array): DatasetInfo {
	const column = spec.sourceColumn ?? 'source_url';
	const sources = spec.sources
		? [...spec.sources]
		: distinctSources(rows.map((r) => (typeof r[column] === 'string' ? (r[column] as string) : null)));
	return {
		name: spec.name,
		file: `${spec.name}.parquet`,
		title: spec.title,
		description: spec.description,
		rows: rows.length,
		columns: spec.columns.map((c) => ({ name: c.name, type: c.type, description: c.description })),
		sha256: createHash('sha256').update(bytes).digest('hex'),
		bytes: bytes.length,
		source_count: sources.length,
		sources,
		synthetic: spec.synthetic ?? false,
		confidence_profile: confidenceProfile(spec, rows)
	};
}

/** Pretty, stable JSON (keys in declaration order, datasets in catalog order, trailing newline). */
export const manifestJson = (manifest: Manifest) => `${JSON.stringify(manifest, null, '\t')}\n`;

/** Everything but built_at: what the up-to-date check compares. */
export const manifestContent = (manifest: Manifest) => manifestJson({ ...manifest, built_at: '' });

/** Keeps the previous built_at when nothing else changed, so a rebuild of unchanged data leaves no diff. */
export function keepBuiltAt(next: Manifest, previous: Manifest | null): Manifest {
	return previous && manifestContent(previous) === manifestContent(next) ? { ...next, built_at: previous.built_at } : next;
}
