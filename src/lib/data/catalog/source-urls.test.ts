import { describe, expect, it } from 'vitest';
import { distinctSources, sourcesOf, splitSources } from './source-urls';

describe('source addresses', () => {
	it('splits " | " separated cells and ignores empties', () => {
		expect(splitSources('https://a.org/x | https://b.org/y')).toEqual(['https://a.org/x', 'https://b.org/y']);
		expect(splitSources(null)).toEqual([]);
	});
	it('counts each address once across rows, keeping pipes inside an address', () => {
		const cells = ['https://b.org | https://a.org', 'https://a.org', 'https://c.org/?q=a|b', 'same as I.1'];
		expect(distinctSources(cells)).toEqual(['https://a.org', 'https://b.org', 'https://c.org/?q=a|b']);
	});
	it("lists the sources behind query rows, from an aggregate's `sources` or a row's `source_url`", () => {
		const rows = [{ sources: 'https://b.org | https://a.org' }, { source_url: 'https://a.org' }, { sources: null, source_url: 'https://c.org' }, {}];
		expect(sourcesOf(rows)).toEqual(['https://a.org', 'https://b.org', 'https://c.org']);
	});
});
