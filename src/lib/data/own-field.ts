/**
 * `record[name] = value` as an own, enumerable field whatever the name. A column may be called
 * anything a user's file says: assigning "__proto__" would set the object's prototype instead
 * (and lose the column), so that one name is defined rather than assigned.
 */
export function setField<T>(record: Record<string, T>, name: string, value: T): void {
	if (name === '__proto__') Object.defineProperty(record, name, { value, enumerable: true, writable: true, configurable: true });
	else record[name] = value;
}
