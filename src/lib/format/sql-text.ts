import { getLocale, type Locale } from '$lib/paraglide/runtime';
import { m } from '$lib/paraglide/messages';
import type { Refusal } from '$lib/data/sql/read-only';

/** The one place a refused console query's code becomes a sentence in the reader's language. */
export function sqlRefusalText(reason: Refusal, locale: Locale = getLocale(), threshold = 0): string {
	const o = { locale };
	switch (reason.code) {
		case 'unterminated': {
			const what =
				reason.what === 'comment'
					? m.sql_what_comment({}, o)
					: reason.what === 'string'
						? m.sql_what_string({}, o)
						: reason.what === 'identifier'
							? m.sql_what_identifier({}, o)
							: m.sql_what_dollar({}, o);
			return m.sql_unterminated({ what }, o);
		}
		case 'empty':
			return m.sql_empty({}, o);
		case 'several':
			return m.sql_several({}, o);
		case 'start':
			return m.sql_start({}, o);
		case 'word':
			return m.sql_word({ word: reason.word.toUpperCase(), name: reason.word }, o);
		case 'file_function':
			return m.sql_file_function({ name: reason.name }, o);
		case 'file_name':
			return m.sql_file_name({}, o);
		case 'person_level':
			return m.sql_person_level({ table: reason.table, threshold }, o);
	}
}
