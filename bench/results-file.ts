/**
 * bench/RESULTS.md: a summary table of every headline figure, then one section per benchmark.
 * Each section sits between HTML comments that name it and carry its summary rows, so a run of
 * some benchmarks replaces their sections and keeps the others, with the dates of their own runs.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { BenchmarkSection, HeadlineRow } from './benchmark-section';

const SECTION = /<!-- section (\S+) -->\n<!-- headline (.*) -->\n([\s\S]*?)\n*<!-- end section \1 -->/g;

/** The sections in `text`, by benchmark name, in the order they appear. */
export function parseSections(text: string): Map<string, BenchmarkSection> {
  const sections = new Map<string, BenchmarkSection>();
  for (const [, name, headline, markdown] of text.matchAll(SECTION)) {
    sections.set(name, { markdown: markdown.trim(), headline: JSON.parse(headline) as HeadlineRow[] });
  }
  return sections;
}

const met = (row: HeadlineRow): string => (row.met === undefined ? '—' : row.met ? 'yes' : 'no');

/** The whole file: the summary of every section's rows, then the sections in `order`. */
export function renderResults(
  sections: ReadonlyMap<string, BenchmarkSection>,
  order: readonly string[],
): string {
  const present = order.filter((name) => sections.has(name));
  const rows = present.flatMap((name) => sections.get(name)?.headline ?? []);
  return [
    '# Benchmark results',
    '',
    'Written by `npm run bench` (every benchmark) or `npm run bench -- <name>…` (those named, their',
    'sections replaced and the others kept). Each section gives the date and machine of its own run;',
    'each figure below names the size it was measured at.',
    '',
    '| figure | measured | baseline / comparison | target | met? |',
    '|---|---|---|---|---|',
    ...rows.map(
      (row) => `| ${row.figure} | ${row.measured} | ${row.comparison} | ${row.target} | ${met(row)} |`,
    ),
    '',
    ...present.flatMap((name) => {
      const section = sections.get(name) as BenchmarkSection;
      return [
        `<!-- section ${name} -->`,
        `<!-- headline ${JSON.stringify(section.headline)} -->`,
        section.markdown.trim(),
        '',
        `<!-- end section ${name} -->`,
        '',
      ];
    }),
  ].join('\n');
}

/** Reads the file at `path` (if any), puts `section` in as `name`, and writes it back. */
export function writeSection(
  path: string,
  name: string,
  section: BenchmarkSection,
  order: readonly string[],
): string {
  const sections = existsSync(path) ? parseSections(readFileSync(path, 'utf8')) : new Map();
  sections.set(name, section);
  const text = renderResults(sections, order);
  writeFileSync(path, text);
  return text;
}
