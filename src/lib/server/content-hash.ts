import { createHash } from 'node:crypto';

/** A short hash of a file's content, for its name: a browser may keep a file so named as long as it likes. */
export const contentHash = (content: Uint8Array | string): string =>
	createHash('sha256').update(content).digest('hex').slice(0, 12);
