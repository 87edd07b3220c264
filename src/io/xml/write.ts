// Writing XML text by hand for the GEXF and GraphML writers: escaping for attribute values and
// element text, and a tiny indenting builder. Hand-written output keeps the files predictable
// (attribute order, two-space indent, one element per line) so diffs of exported maps stay small.

// Characters XML 1.0 cannot carry at all, not even as character references, and unpaired
// surrogates (which have no UTF-8 form). Custom field values are the only place they can occur.
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Replace characters XML 1.0 cannot represent with U+FFFD (the replacement character). */
export function toXmlChars(s: string): string {
  return s.replace(NOT_XML, '\uFFFD');
}

/**
 * Escape an attribute value. Tabs and line breaks become character references: written
 * literally, every XML reader would turn them into spaces (attribute-value normalisation).
 */
export function escapeAttr(s: string): string {
  return toXmlChars(s).replace(/[&<>"\t\n\r]/g, (c) => {
    switch (c) {
      case '&':
        return '&amp;';
      case '<':
        return '&lt;';
      case '>':
        return '&gt;';
      case '"':
        return '&quot;';
      default:
        return `&#${c.charCodeAt(0)};`;
    }
  });
}

/** Escape element text; a carriage return is kept as `&#13;` since readers fold CR LF to LF. */
export function escapeText(s: string): string {
  return toXmlChars(s).replace(/[&<>\r]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&#13;'));
}

/** Attributes as `[name, value]` pairs; undefined values are left out. */
export type XmlAttrs = readonly (readonly [string, string | number | boolean | undefined])[];

function attrText(attrs: XmlAttrs): string {
  let out = '';
  for (const [name, value] of attrs) {
    if (value !== undefined) out += ` ${name}="${escapeAttr(String(value))}"`;
  }
  return out;
}

/** Builds an indented XML document line by line. */
export class XmlBuilder {
  private readonly lines: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  private depth = 0;

  private push(line: string): void {
    this.lines.push(`${'  '.repeat(this.depth)}${line}`);
  }

  /** `<name attrs>`; children follow until `close(name)`. */
  open(name: string, attrs: XmlAttrs = []): this {
    this.push(`<${name}${attrText(attrs)}>`);
    this.depth++;
    return this;
  }

  close(name: string): this {
    this.depth--;
    this.push(`</${name}>`);
    return this;
  }

  /** `<name attrs/>`, or `<name attrs>text</name>` when text is given (even empty). */
  leaf(name: string, attrs: XmlAttrs = [], text?: string): this {
    if (text === undefined) this.push(`<${name}${attrText(attrs)}/>`);
    else this.push(`<${name}${attrText(attrs)}>${escapeText(text)}</${name}>`);
    return this;
  }

  /** The document text, ending in a newline. */
  toString(): string {
    return `${this.lines.join('\n')}\n`;
  }
}
