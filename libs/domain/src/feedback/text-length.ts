/**
 * The length of a text as people count it and as request validation counts it: code points, not
 * UTF-16 units, and without the invisible variation selectors that follow some symbols (❤️).
 */
export const textLength = (text: string): number => {
  let length = 0;
  for (const char of text) if (char !== '\uFE0E' && char !== '\uFE0F') length++;
  return length;
};
