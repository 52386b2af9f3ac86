/**
 * Text from the user's files (scenario keys and values, file names, sheet names, cell
 * text) shown on the terminal: every control character is shown escaped, so a message is
 * always one line and a file cannot move the cursor, clear the screen or recolour the
 * terminal (ESC sequences), nor reorder the text (bidirectional overrides).
 *
 * \n \r \t as themselves, other C0/C1 controls and DEL as \xHH, line/paragraph
 * separators and bidi controls as \uHHHH. A backslash is left alone (Windows paths).
 */

// C0, DEL, C1; U+2028/2029 (line breaks to some terminals); bidi embeddings, overrides and
// isolates (U+202A–202E, U+2066–2069), and the zero-width/BOM characters that hide text.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069\u200B-\u200F\uFEFF]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escapeOne(ch: string): string {
  const named = NAMED[ch];
  if (named) return named;
  const code = ch.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** The text with every control character escaped (see above): always one line. */
export function escapeControl(text: string): string {
  return text.replace(CONTROL, escapeOne);
}

/** Like escapeControl, and at most `max` characters (a long value is cut with "…"). */
export function shownValue(text: string, max = 120): string {
  const s = escapeControl(text);
  return s.length > max ? s.slice(0, max - 1) + '\u2026' : s;
}
