/**
 * Run once the engine is open, before any query: no SQL may then read a file, reach a URL, load an
 * extension, or change a setting back. Data arrives as Arrow inserts, which need none of these. This, not
 * the SQL console's word list, is what keeps typed queries on the loaded tables.
 */
export const ENGINE_LOCK = [
	'SET autoinstall_known_extensions = false',
	'SET autoload_known_extensions = false',
	'SET enable_external_access = false',
	'SET lock_configuration = true'
] as const;

/** DuckDB's own words when the lock refuses a query. */
export const ENGINE_REFUSAL = /disabled by configuration|configuration has been locked|Permission Error/i;
