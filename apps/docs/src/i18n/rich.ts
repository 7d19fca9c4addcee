import { createElement, Fragment, type ReactNode } from 'react';

/**
 * A sentence with elements inside it (numbers in <code>, testable spans), written as a template literal in a message
 * table: rich`x = ${node} °C` is one fragment holding the text and the node in order. Passing the pieces as
 * createElement's arguments rather than an array means they need no keys.
 */
export function rich(strings: TemplateStringsArray, ...parts: readonly ReactNode[]): ReactNode {
  const children: ReactNode[] = [];
  strings.forEach((s, i) => {
    if (s !== '') children.push(s);
    if (i < parts.length) children.push(parts[i]);
  });
  return createElement(Fragment, null, ...children);
}
