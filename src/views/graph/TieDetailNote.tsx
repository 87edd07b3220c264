// The note over a big map's canvas when ties are left out for speed (see levelOfDetail.ts), with
// a button to draw every tie anyway, and back.

export interface TieDetailNoteProps {
  readonly hidden: number;
  readonly zoomedOut: boolean;
  readonly capped: boolean;
  readonly allTies: boolean;
  readonly big: boolean;
  readonly onAllTies: (all: boolean) => void;
}

/** Says on screen when ties are left out for speed, and lets the person draw them all. */
export function TieDetailNote({ hidden, zoomedOut, capped, allTies, big, onAllTies }: TieDetailNoteProps) {
  if (allTies && big) {
    return (
      <div className="tie-detail-note floating-panel" role="status" data-testid="tie-detail-note">
        Every tie is drawn; on a map this big, moving around is slower.{' '}
        <button type="button" onClick={() => onAllTies(false)} data-testid="tie-detail-thin">
          Draw ties by zoom
        </button>
      </div>
    );
  }
  if (hidden === 0 || (!zoomedOut && !capped)) return null;
  const count = hidden.toLocaleString('en-GB');
  return (
    <div className="tie-detail-note floating-panel" role="status" data-testid="tie-detail-note">
      {zoomedOut
        ? `Zoomed out: ${count} ties are not drawn, so this big map stays quick. Zoom in to see the ties on screen; a selected node always shows its ties.`
        : `Only the ties nearest the middle are drawn (${count} left out). Zoom in further to see them all.`}{' '}
      <button type="button" onClick={() => onAllTies(true)} data-testid="tie-detail-all">
        Draw every tie
      </button>
    </div>
  );
}
