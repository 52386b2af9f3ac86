/**
 * Text from the user (scenario names, preset names, task keys) written through
 * Range.values must stay text: Excel treats a written string like typed input, so
 * "=SUM(A1)" would become a formula, "+31", "-5" or "@x" would be parsed, "2027" or "1-2"
 * would turn into a number or a date, "#N/A" into an error value. Such strings get
 * Excel's quote prefix (a leading apostrophe, which Excel stores as the cell's
 * quotePrefix and does not show).
 */
export function asText(text: string): string {
  if (text === '') return text;
  if (/^[=+\-@'#]/.test(text)) return `'${text}`;
  const t = text.trim();
  if (/^[-+(]?[\d.,\s]*\d[\d.,\s]*[)%]?$/.test(t)) return `'${text}`; // numbers, percentages
  if (/^[€$]\s*[\d.,]+$/.test(t)) return `'${text}`; // currency
  if (/^\d{1,4}[-/.]\d{1,2}([-/.]\d{1,4})?$/.test(t)) return `'${text}`; // dates
  if (/^\d{1,2}:\d{2}(:\d{2})?$/.test(t)) return `'${text}`; // times
  if (/^(true|false|waar|onwaar)$/i.test(t)) return `'${text}`; // booleans
  return text;
}
