// The shape every finding told in a sentence shares (a comparison's "what changed", a support
// network's "where support is thin"), so a view highlights and lists them the same way.

export interface SentenceFinding<Kind extends string> {
  /** Stable id: `<type>:<subject>`, e.g. `gone:n-tenants-mutual-aid` or `need-one-giver:meals`. */
  readonly id: string;
  readonly kind: Kind;
  /** One plain sentence. Labels are plain text in it; render it as text, never as markup. */
  readonly sentence: string;
  /** The nodes it names, in the order the sentence names them. */
  readonly nodes: readonly string[];
  readonly ties: readonly string[];
  /** The numbers behind the sentence. */
  readonly numbers: Readonly<Record<string, number>>;
}
