/** English country names as the data writes them → the page language's names (built per page at build time). */
export type CountryNames = Readonly<Record<string, string>>;

/** A country in the page's language; a name the table lacks (or English, which needs none) stays as written. */
export const countryLabel = (names: CountryNames, english: string): string => names[english] ?? english;

/** A meeting's host, "City, Country", or the country alone when the data gives no other city. */
export const hostLabel = (names: CountryNames, city: string, country: string): string =>
	city === country ? countryLabel(names, country) : `${city}, ${countryLabel(names, country)}`;
