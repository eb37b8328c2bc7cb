import { Fragment, type ReactNode } from 'react';

/** Stands in for a named value while the translation is written; no sentence holds it. */
const mark = (name: string) => `\u2063${name}\u2063`;
const MARKS = /\u2063(\w+)\u2063/;

/**
 * A translated sentence with elements where some of its values go, in the order the language puts
 * them: `write` receives a mark for each slot to pass as that value ("{{total}}" → a figure the
 * keyboard reaches), and the marks become the slots' elements. Text stays text.
 */
export function slottedText(
  write: (marks: Record<string, string>) => string,
  slots: Record<string, ReactNode>,
): ReactNode[] {
  const marks = Object.fromEntries(Object.keys(slots).map((name) => [name, mark(name)]));
  // split() with a capturing group alternates text and slot names: text, name, text, …
  return write(marks)
    .split(MARKS)
    .map((part, i) =>
      i % 2 === 0 ? part : <Fragment key={`${part}-${i}`}>{slots[part] ?? part}</Fragment>,
    )
    .filter((part) => part !== '');
}
