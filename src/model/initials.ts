// A person's initials, for shared maps and pictures (domain §9 item 8: the published team analysis
// showed individual care workers only by initials). The rule is about names as people write them
// on a map: "Maud" is "M.", "Tunde Bello" is "T. B.", "Mrs A." is "A." (a title is not a name), and
// "Lucy (daughter, abroad)" is "L." (what is in brackets describes the person; it is not their
// name). The first letter of each word counts, in any script ("O'Brien" gives "O.", "Łucja" "Ł.").
// This module only shortens labels; who is shown by initials is decided in share.ts.

/** Titles left out of initials (compared without a trailing full stop, ignoring case). */
const TITLES: ReadonlySet<string> = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
  'dr',
  'prof',
  'sir',
  'dame',
  'rev',
  'revd',
  'fr',
  'sr',
  'cllr',
]);

/** At most this many initials ("A. B. C."), so a long label never turns into a string of letters. */
export const MAX_INITIALS = 3;

/**
 * The initials of a label, each a capital letter and a full stop, separated by spaces ("T. B."), or
 * '' when the label holds no letter outside brackets and titles. Words are split on spaces and
 * hyphens ("Anne-Marie Lee" gives "A. M. L."); at most MAX_INITIALS initials are kept.
 */
export function initialsOf(label: string): string {
  const outside = label.replace(/\([^)]*\)|\[[^\]]*\]|\{[^}]*\}/g, ' ');
  const letters: string[] = [];
  for (const word of outside.split(/[\s\-‐‑–—/]+/u)) {
    if (TITLES.has(word.replace(/\.$/, '').toLowerCase())) continue;
    const first = /\p{L}/u.exec(word);
    if (first !== null) letters.push(first[0].toLocaleUpperCase());
    if (letters.length === MAX_INITIALS) break;
  }
  return letters.map((l) => `${l}.`).join(' ');
}
