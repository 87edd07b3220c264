// Ids from other tools, made ones the model accepts. networkx writes labels such as "Ann Smith" as
// node ids and a multigraph's edge keys ("0", "1") as edge ids that repeat across pairs; the model
// wants unique ids without spaces. Ids it accepts are kept, so re-importing a file matches the
// same nodes; the others are renamed readably (`Ann_Smith`, `0-2`).
import { ID_PATTERN } from '../../model';

/** Gives each id of a file the id it gets in the map; tie ends are mapped through the same one. */
export class IdMapper {
  private readonly byOriginal = new Map<string, string>();
  private readonly taken = new Set<string>();
  private counter = 0;
  /** How many ids had to be renamed: the model cannot hold them, or a renamed one took them. */
  renamed = 0;
  /** How many repeated ids were given new ones by `unique`. */
  repeated = 0;

  constructor(private readonly prefix: string) {}

  private claim(original: string): string {
    let id = original;
    if (!ID_PATTERN.test(id) || this.taken.has(id)) {
      const base = original.replace(/[^A-Za-z0-9_.:~@#+=-]+/g, '_').slice(0, 120) || this.prefix;
      id = base;
      for (let k = 2; this.taken.has(id) || !ID_PATTERN.test(id); k++) id = `${base}-${k}`;
    }
    this.taken.add(id);
    return id;
  }

  /** The id to use for `original`; the same original always gives the same id. */
  map(original: string): string {
    const known = this.byOriginal.get(original);
    if (known !== undefined) return known;
    const id = this.claim(original);
    if (id !== original) this.renamed++;
    this.byOriginal.set(original, id);
    return id;
  }

  /**
   * A new id for an item whose `original` may repeat (edge ids, which nothing refers to): the
   * first use keeps it, each later use gets a renamed one.
   */
  unique(original: string): string {
    if (!this.byOriginal.has(original)) return this.map(original);
    this.repeated++;
    return this.claim(original);
  }

  /** The id given to `original`, if it was seen. */
  get(original: string): string | undefined {
    return this.byOriginal.get(original);
  }

  /** A new id for an item the file gave none, e.g. `t-3`. */
  fresh(): string {
    let id: string;
    do id = `${this.prefix}-${++this.counter}`;
    while (this.taken.has(id));
    this.taken.add(id);
    return id;
  }
}
