// Writes a .br and a .gz beside every compressible file of a folder, for hosts that serve them as they are.
import { createHash } from 'node:crypto';
import { copyFileSync, createReadStream, createWriteStream, existsSync, mkdirSync, renameSync } from 'node:fs';
import { readFileSync, readdirSync, rmSync, statSync, utimesSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { CODINGS } from './content-codings.js';
import { compressible } from './static-files.js';

/** Compressed copies by content and settings, shared by every build of this checkout (and parallel ones). */
const CACHE_DIR = fileURLToPath(new URL('../node_modules/.cache/precompress', import.meta.url));
/** A copy no build has used for this long is removed, so the cache holds what recent builds need. */
const KEEP_MS = 14 * 24 * 60 * 60 * 1000;

/**
 * @param {string} file
 * @param {import('./content-codings.js').Coding} coding
 * @param {string} cacheDir
 */
async function compressFile(file, coding, cacheDir) {
	const size = statSync(file).size;
	const key = createHash('sha256')
		.update(readFileSync(file))
		.update(JSON.stringify(coding.options(size)))
		.digest('hex');
	const cached = join(cacheDir, key + coding.suffix);
	if (existsSync(cached)) utimesSync(cached, new Date(), new Date());
	else {
		// A file the build holds twice (the Parquet decoder's WASM) is compressed once.
		if (!making.has(cached)) making.set(cached, compressInto(file, coding, size, cached));
		await making.get(cached);
	}
	copyFileSync(cached, file + coding.suffix);
}

/** @type {Map<string, Promise<void>>} */
const making = new Map();

/**
 * @param {string} file
 * @param {import('./content-codings.js').Coding} coding
 * @param {number} size
 * @param {string} cached
 */
async function compressInto(file, coding, size, cached) {
	mkdirSync(dirname(cached), { recursive: true });
	// Written aside then renamed, so a build running beside this one never reads half a file.
	const partial = `${cached}.${process.pid}.partial`;
	await pipeline(createReadStream(file), coding.stream(size), createWriteStream(partial));
	renameSync(partial, cached);
}

/** @param {string} dir @returns {string[]} */
function filesIn(dir) {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.map((f) => join(dir, f))
		.filter((f) => statSync(f).isFile());
}

/**
 * @param {string} dir the build folder
 * @param {string} [cacheDir] where compressed copies are kept between builds
 */
export async function precompress(dir, cacheDir = CACHE_DIR) {
	const files = filesIn(dir).filter(compressible);
	await Promise.all(files.flatMap((f) => CODINGS.map((coding) => compressFile(f, coding, cacheDir))));
	for (const f of filesIn(cacheDir)) if (Date.now() - statSync(f).mtimeMs > KEEP_MS) rmSync(f, { force: true });
}
