/**
 * Text kept in its own direction inside a sentence of either direction (Unicode's first-strong isolate):
 * in Arabic, an id like 2026-12-05-b1e53c8 would otherwise be reordered around its hyphens.
 */
export const isolate = (text: string): string => `\u2068${text}\u2069`;

/** The same text without isolates: what a reader copies. */
export const withoutIsolates = (text: string): string => text.replace(/[\u2066-\u2069]/g, '');
