// Splits a file too big for a static host into equal parts under the limit, written once per content.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';

/** The biggest file some static hosts accept (Cloudflare Pages refuses bigger ones). */
export const HOST_FILE_LIMIT = 25 * 1024 * 1024;

/**
 * Writes `file` as parts of at most `limit` bytes into `dir` (`<name>.part1<ext>`, … in a folder named by
 * its content) and returns their paths and sizes.
 */
export function writeParts(file: string, dir: string, limit = HOST_FILE_LIMIT): { files: string[]; sizes: number[] } {
	const bytes = readFileSync(file);
	const count = Math.max(1, Math.ceil(bytes.length / limit));
	const size = Math.ceil(bytes.length / count);
	const ext = extname(file);
	const folder = join(dir, createHash('sha256').update(bytes).digest('hex').slice(0, 16));
	mkdirSync(folder, { recursive: true });
	const parts = Array.from({ length: count }, (_, i) => bytes.subarray(i * size, (i + 1) * size));
	const files = parts.map((part, i) => {
		const path = join(folder, `${basename(file, ext)}.part${i + 1}${ext}`);
		if (!existsSync(path)) writeFileSync(path, part);
		return path;
	});
	return { files, sizes: parts.map((part) => part.length) };
}
