import { findingMessage, type Finding } from './finding';

/** One finding of the build, printed as `file:line:column: message` (line 1 is the CSV header). */
export interface Problem {
	file: string;
	line: number;
	column: number;
	message: string;
	severity: 'error' | 'warning';
}

/** A problem a reader's upload can meet too: its finding as a code, for the page to word. */
export type FoundProblem = Problem & { finding: Finding };

export function foundError(file: string, line: number, column: number, finding: Finding): FoundProblem {
	return { file, line, column, message: findingMessage(finding), severity: 'error', finding };
}

export function formatProblem(p: Problem): string {
	const tag = p.severity === 'warning' ? 'warning: ' : '';
	return `${p.file}:${p.line}:${p.column}: ${tag}${p.message}`;
}

/** Orders problems by file, line, column so reports are stable. */
export function sortProblems<P extends Problem>(problems: readonly P[]): P[] {
	const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0); // code-point order, locale-free
	return [...problems].sort(
		(a, b) => cmp(a.file, b.file) || a.line - b.line || a.column - b.column || cmp(a.message, b.message)
	);
}

export const errorsOf = (problems: readonly Problem[]) => problems.filter((p) => p.severity === 'error');
export const warningsOf = (problems: readonly Problem[]) => problems.filter((p) => p.severity === 'warning');
