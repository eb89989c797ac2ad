import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The YAML parser eslint-plugin-svelte already installs (through postcss-load-config), rather than a new dependency.
const requireFromPostcssConfig = createRequire(createRequire(import.meta.url).resolve('postcss-load-config'));
const { parse } = requireFromPostcssConfig('yaml') as { parse: (text: string) => unknown };

const cff = parse(readFileSync('CITATION.cff', 'utf8')) as Record<string, unknown>;
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
	version: string;
	license?: string;
	repository?: string | { url: string };
};

describe('CITATION.cff', () => {
	it('is Citation File Format 1.2.0 describing the software', () => {
		expect(cff['cff-version']).toBe('1.2.0');
		expect(cff.type).toBe('software');
		expect(cff.title).toBe('IGF Metrics');
		expect(cff.version).toBe(pkg.version);
		expect(cff.authors).toEqual([{ name: 'IGF Metrics contributors' }]);
	});

	it('names the repository and license package.json names (none yet: no address is made up)', () => {
		const repository = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
		expect(cff['repository-code']).toBe(repository?.replace(/^git\+/, '').replace(/\.git$/, ''));
		expect(cff.license).toBe(pkg.license);
	});

	it('says how to cite a data release and where releases are listed', () => {
		expect(cff.message).toMatch(/data release/);
		expect(cff.message).toContain('/api/releases.json');
		expect(cff.message).toContain('/api/releases/<id>.json');
	});
});
