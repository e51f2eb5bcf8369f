import { escapeHtml } from '../html/escape-html';

export type Attributes = Readonly<Record<string, string | number>>;

/** Two decimals at most: shorter markup, and geometry that is equal compares equal. */
export function coordinate(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`a chart coordinate must be a finite number, not ${value}`);
  return String(Math.round(value * 100) / 100);
}

/** An element whose attribute values are escaped; `content` is markup already. */
export function element(name: string, attributes: Attributes, content = ''): string {
  const written = Object.entries(attributes)
    .map(([key, value]) => ` ${key}="${typeof value === 'number' ? coordinate(value) : escapeHtml(value)}"`)
    .join('');
  return `<${name}${written}>${content}</${name}>`;
}

/** An element holding text, escaped: labels come from data people typed. */
export const textElement = (name: string, attributes: Attributes, text: string): string =>
  element(name, attributes, escapeHtml(text));
