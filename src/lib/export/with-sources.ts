import { strToU8, zipSync } from 'fflate';
import { provenanceReadme } from '$lib/format/provenance-text';
import type { Provenance, ProvenanceRelease } from './provenance';

/**
 * A ZIP of the data file, metadata.json (the provenance), README.txt naming the sources and the data release,
 * in the reader's language, and release.json: the release's id, date and the digest of each dataset read.
 */
export function withSources(dataFile: string, data: Uint8Array | string, provenance: Provenance): Uint8Array {
	const mtime = new Date(provenance.exportedAt);
	return zipSync(
		{
			[dataFile]: typeof data === 'string' ? strToU8(data) : data,
			'metadata.json': strToU8(JSON.stringify({ ...provenance, file: dataFile }, null, 2)),
			'README.txt': strToU8(provenanceReadme(provenance, dataFile)),
			...(provenance.release ? { 'release.json': strToU8(releaseJson(provenance.release)) } : {})
		},
		{ mtime: Number.isNaN(mtime.getTime()) ? undefined : mtime }
	);
}

/** The same keys as /api/releases.json's entries, so a program can check a file against the published digests. */
function releaseJson(r: ProvenanceRelease): string {
	const record = {
		id: r.id,
		date: r.date,
		sha256: r.sha256,
		changelog: `api/releases/${r.id}.json`,
		uploaded: r.uploaded
	};
	return `${JSON.stringify(record, null, 2)}\n`;
}
