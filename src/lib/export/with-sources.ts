import { strToU8, zipSync } from 'fflate';
import { provenanceReadme } from '$lib/format/provenance-text';
import type { Provenance } from './provenance';

/** A ZIP of the data file, metadata.json (the provenance) and README.txt naming the sources, in the reader's language. */
export function withSources(dataFile: string, data: Uint8Array | string, provenance: Provenance): Uint8Array {
	const mtime = new Date(provenance.exportedAt);
	return zipSync(
		{
			[dataFile]: typeof data === 'string' ? strToU8(data) : data,
			'metadata.json': strToU8(JSON.stringify({ ...provenance, file: dataFile }, null, 2)),
			'README.txt': strToU8(provenanceReadme(provenance, dataFile))
		},
		{ mtime: Number.isNaN(mtime.getTime()) ? undefined : mtime }
	);
}
