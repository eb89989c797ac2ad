/**
 * One props object for HydrateLater from several parts, their getters kept as getters. A spread
 * (`{ ...a, ...b }`) would read each getter once and hand the panel a value that never changes.
 * The last part is typed `const`, so a literal written there keeps its literal type (a dimension name).
 */
export function liveProps<A extends object, const B extends object>(a: A, b: B): A & B;
export function liveProps<A extends object, B extends object, const C extends object>(a: A, b: B, c: C): A & B & C;
export function liveProps(...parts: object[]): object {
	const props = {};
	for (const part of parts) Object.defineProperties(props, Object.getOwnPropertyDescriptors(part));
	return props;
}
