// Wording shared by the plain-language findings of the model and the insights of the analysis: a
// sentence that ends with a label must not end in "..", whatever the label ("… and Felix Y.").

/** `text` closed with a full stop, unless its last word already ends with one ("Felix Y."). */
export function closeSentence(text: string): string {
  return text.endsWith('.') ? text : `${text}.`;
}
