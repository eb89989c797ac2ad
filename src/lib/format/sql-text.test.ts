import { describe, expect, it } from 'vitest';
import { locales } from '$lib/paraglide/runtime';
import type { Refusal } from '$lib/data/sql/read-only';
import { sqlRefusalText } from './sql-text';

type Samples = { [C in Refusal['code']]: Extract<Refusal, { code: C }> };
const SAMPLES: Samples = {
	unterminated: { code: 'unterminated', what: 'string' },
	empty: { code: 'empty' },
	several: { code: 'several' },
	start: { code: 'start' },
	word: { code: 'word', word: 'delete' },
	file_function: { code: 'file_function', name: 'read_csv' },
	file_name: { code: 'file_name' },
	person_level: { code: 'person_level', table: 'participants' }
};

describe('console refusals', () => {
	for (const locale of locales)
		it(`words every refusal in ${locale}`, () => {
			for (const reason of Object.values(SAMPLES)) {
				const text = sqlRefusalText(reason, locale, 5);
				expect(text, reason.code).not.toMatch(/^\s*$|[{}]/);
				if (locale !== 'en') expect(text, `${locale} ${reason.code}`).not.toBe(sqlRefusalText(reason, 'en', 5));
			}
			expect(sqlRefusalText(SAMPLES.word, locale)).toContain('DELETE');
			expect(sqlRefusalText(SAMPLES.file_function, locale)).toContain('read_csv()');
			expect(sqlRefusalText(SAMPLES.person_level, locale, 5)).toMatch(/participants.*5/s);
		});

	it('keeps the English the console always said', () => {
		expect(sqlRefusalText(SAMPLES.word, 'en')).toBe(
			'Refused: DELETE is not allowed. The console is read-only (SELECT, WITH, DESCRIBE, SHOW, SUMMARIZE); quote a column named "delete" to use it.'
		);
		expect(sqlRefusalText(SAMPLES.unterminated, 'en')).toBe('Could not read the query: unterminated string.');
	});
});
