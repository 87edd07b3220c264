// A node kind drawn small, as on the canvas: its shape, colour and letter (src/look's palette).
// Used by the kind palette, the add-node picker and the legend, which passes the fill the picture
// uses (a neutral grey when nodes are coloured by a measure). Decorative: the kind's name is
// always written beside it.
import type { NodeKind } from '../../model';
import { KIND_LOOKS, type NodeShape } from '../../look';

/** SVG path or primitive for a shape in a 24×24 box. */
function shapeElement(shape: NodeShape, fill: string) {
  const stroke = { stroke: '#1F1F1F', strokeWidth: 1 };
  switch (shape) {
    case 'ellipse':
      return <circle cx="12" cy="12" r="10" fill={fill} {...stroke} />;
    case 'ring':
      return (
        <>
          <circle cx="12" cy="12" r="10.5" fill={fill} stroke="#1F1F1F" strokeWidth={1} />
          <circle cx="12" cy="12" r="8" fill={fill} stroke="#1F1F1F" strokeWidth={1} />
        </>
      );
    case 'round-triangle':
      return <polygon points="12,2 22.5,21 1.5,21" fill={fill} {...stroke} strokeLinejoin="round" />;
    case 'hexagon':
      return <polygon points="6.5,2.5 17.5,2.5 23,12 17.5,21.5 6.5,21.5 1,12" fill={fill} {...stroke} />;
    case 'round-rectangle':
      return <rect x="2" y="2" width="20" height="20" rx="4" fill={fill} {...stroke} />;
    case 'round-diamond':
      return <polygon points="12,1 23,12 12,23 1,12" fill={fill} {...stroke} strokeLinejoin="round" />;
  }
}

export interface KindIconProps {
  readonly kind: NodeKind;
  readonly size?: number;
  /** Fill and letter colour; the kind's own when omitted. */
  readonly fill?: string;
  readonly ink?: string;
}

export function KindIcon({ kind, size = 22, fill, ink }: KindIconProps) {
  const look = KIND_LOOKS[kind];
  return (
    <svg width={size} height={size} viewBox="0 0 24 24" aria-hidden="true" focusable="false" className="kind-icon">
      {shapeElement(look.shape, fill ?? look.colour)}
      <text
        x="12"
        y={look.shape === 'round-triangle' ? 16.5 : 12.5}
        textAnchor="middle"
        dominantBaseline="middle"
        fontSize="10"
        fontWeight="700"
        fontFamily="Arial, Helvetica, sans-serif"
        fill={ink ?? look.ink}
      >
        {look.letter}
      </text>
    </svg>
  );
}
