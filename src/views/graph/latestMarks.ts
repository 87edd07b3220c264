// Which of a live workshop's arrivals the graph marks: only the latest few. Every marked node and
// tie is drawn with an outline or a mid-tie arrow, and the canvas redraws all of them on each
// change; with every one of 1,200 arrivals marked, each later arrival waited longer to be drawn.
// The live panel's list of arrivals keeps every one.

/**
 * How many of a live workshop's latest arrivals the graph marks. Every marked node and tie is
 * drawn with an outline or a mid-tie arrow, which the canvas redraws on each change; 1,200 of them
 * slowed every later arrival. The live panel's list still holds every one.
 */
export const MARKED_ARRIVALS = 40;

/** The last `MARKED_ARRIVALS` marks (a map keeps the order they arrived in); `marks` itself when fewer. */
export function latestMarks<V>(marks: ReadonlyMap<string, V>): ReadonlyMap<string, V> {
  if (marks.size <= MARKED_ARRIVALS) return marks;
  return new Map([...marks].slice(-MARKED_ARRIVALS));
}
