import { join } from 'node:path';
import type { Plugin } from 'vite';
import { writeParts } from './file-parts.ts';

const SUFFIX = '?parts';

/**
 * `import file from './big.wasm?parts'` gives `{ urls, sizes }`: the file stored as hashed parts a static
 * host accepts (scripts/file-parts.ts), each an ordinary `?url` asset, to be joined by the code that fetches them.
 */
export function fileParts(): Plugin {
	let cacheDir = '';
	return {
		name: 'igf-file-parts',
		configResolved(config) {
			cacheDir = config.cacheDir;
		},
		async resolveId(source, importer) {
			if (!source.endsWith(SUFFIX)) return null;
			const resolved = await this.resolve(source.slice(0, -SUFFIX.length), importer, { skipSelf: true });
			return resolved && `${resolved.id}${SUFFIX}`;
		},
		load(id) {
			if (!id.endsWith(SUFFIX)) return null;
			const { files, sizes } = writeParts(id.slice(0, -SUFFIX.length), join(cacheDir, 'file-parts'));
			const imports = files.map((f, i) => `import part${i} from ${JSON.stringify(`${f}?url`)};`);
			return `${imports.join('\n')}\nexport default { urls: [${files.map((_, i) => `part${i}`).join(', ')}], sizes: ${JSON.stringify(sizes)} };`;
		}
	};
}
