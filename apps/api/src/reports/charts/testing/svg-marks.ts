/** The attributes of every `<name class="className …">` element in SVG markup, as numbers where they are. */
export function marks(svg: string, name: string, className: string): Record<string, string>[] {
  return [...svg.matchAll(new RegExp(`<${name} ([^>]*)>`, 'g'))]
    .map(([, attributes]) =>
      Object.fromEntries(
        [...attributes.matchAll(/([\w-]+)="([^"]*)"/g)].map(([, key, value]) => [key, value]),
      ),
    )
    .filter((attributes) => (attributes.class ?? '').split(' ').includes(className));
}

/** The numeric attribute of each element. */
export const numbers = (elements: readonly Record<string, string>[], attribute: string): number[] =>
  elements.map((attributes) => Number(attributes[attribute]));
