// A data release is named by its build date and a short hash of its datasets' content, so the same
// data always gets the same hash and any changed figure gets another.
import { createHash } from 'node:crypto';

/** SHA-256 of a file's bytes, as lowercase hex. */
export function sha256Hex(bytes: Uint8Array | string): string {
	return createHash('sha256').update(bytes).digest('hex');
}

/** The content part of a release id: the first 7 hex digits of a hash over every dataset's digest. */
export function contentHash(digests: Readonly<Record<string, string>>): string {
	// Sorted by name so the order datasets are built in does not change the id.
	const lines = Object.keys(digests)
		.sort()
		.map((name) => `${name} ${digests[name]}\n`);
	return sha256Hex(lines.join('')).slice(0, 7);
}

/** `2026-12-05-3f9c2a1`: the UTC date of the build and the content hash. */
export function releaseId(date: Date, digests: Readonly<Record<string, string>>): string {
	return `${date.toISOString().slice(0, 10)}-${contentHash(digests)}`;
}
