import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import settings from '../project.inlang/settings.json' with { type: 'json' };
import { PSEUDO_LOCALE, pseudoLocalize, writePseudoProject } from './pseudo-locale';

describe('pseudoLocalize', () => {
	it('leaves no plain letter, keeps placeholders marked, and lengthens the text', () => {
		const text = pseudoLocalize('{rows} of {total} rows');
		expect(text).toMatch(/^⟦‹\{rows\}› óƒ ‹\{total\}› ŕóŵš·+⟧$/);
		expect(text.length).toBeGreaterThan('{rows} of {total} rows'.length * 1.1);
	});
});

describe('writePseudoProject', () => {
	it('adds en-XA beside the project’s languages, every message accented, variants included', () => {
		const dir = mkdtempSync(join(tmpdir(), 'pseudo-'));
		const project = writePseudoProject(dir);
		const written = JSON.parse(readFileSync(join(project, 'settings.json'), 'utf8'));
		expect(written.locales).toEqual([...settings.locales, PSEUDO_LOCALE]);
		expect(readdirSync(join(dir, 'messages')).sort()).toEqual(
			[...settings.locales, PSEUDO_LOCALE].map((l) => `${l}.json`).sort()
		);
		const en = JSON.parse(readFileSync('messages/en.json', 'utf8'));
		const pseudo = JSON.parse(readFileSync(join(dir, 'messages', `${PSEUDO_LOCALE}.json`), 'utf8'));
		expect(Object.keys(pseudo)).toEqual(Object.keys(en));
		const texts: string[] = Object.entries(pseudo)
			.filter(([key]) => key !== '$schema')
			.flatMap(([, m]) =>
				typeof m === 'string' ? [m] : (m as { match: Record<string, string> }[]).flatMap((v) => Object.values(v.match))
			);
		expect(texts.length).toBeGreaterThan(Object.keys(en).length - 1);
		// Every text is bracketed and no plain letter is left outside its placeholders.
		for (const text of texts) expect(text.replace(/\{[^}]*\}/g, '')).toMatch(/^⟦[^A-Za-z]*⟧$/);
	});
});
