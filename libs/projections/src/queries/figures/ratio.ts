/** A share rounded to four places, or null when there is nothing to share out. */
export const ratio = (part: number, whole: number): number | null =>
  whole ? Math.round((part / whole) * 10_000) / 10_000 : null;
