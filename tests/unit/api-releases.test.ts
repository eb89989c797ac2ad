import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GET as releasesJson } from '../../src/routes/api/releases.json/+server.ts';
import { GET as releaseJson } from '../../src/routes/api/releases/[id].json/+server.ts';

// Each release's kept data files are in a folder beside its .json.
const recorded = readdirSync('data/releases')
	.filter((f) => f.endsWith('.json'))
	.map((f) => f.replace(/\.json$/, ''));

describe('/api/releases.json', () => {
	it('lists every recorded release, newest first, with a digest per dataset and its changelog address', async () => {
		const { releases } = await releasesJson().json();
		expect(releases.map((r: { id: string }) => r.id)).toEqual([...recorded].sort().reverse());
		for (const r of releases) {
			expect(r.date).toBe(r.id.slice(0, 10));
			expect(Object.values(r.sha256).every((d) => /^[0-9a-f]{64}$/.test(String(d)))).toBe(true);
			const detail = await (await releaseJson({ params: { id: r.id } } as never)).json();
			expect(r.changelog).toBe(`api/releases/${r.id}.json`);
			expect(detail.id).toBe(r.id);
		}
	});
});
