/** The report's only style sheet, inline: the page loads nothing (see REPORT_CONTENT_SECURITY_POLICY). */
export const REPORT_STYLE = `
:root { color-scheme: light; font-family: system-ui, -apple-system, 'Segoe UI', sans-serif; color: #1f2328; }
body { margin: 2rem auto; max-width: 1300px; padding: 0 1.5rem; line-height: 1.4; }
h1 { font-size: 1.6rem; margin-bottom: 0.25rem; }
h2 { font-size: 1.25rem; margin-top: 2.5rem; border-bottom: 1px solid #d0d7de; padding-bottom: 0.25rem; }
h3 { font-size: 1rem; margin: 1.75rem 0 0.5rem; }
.period { color: #57606a; margin-top: 0; }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(560px, 1fr)); gap: 1.5rem; }
figure { margin: 0; border: 1px solid #d0d7de; border-radius: 6px; padding: 0.75rem; break-inside: avoid; }
figcaption { font-weight: 600; margin-bottom: 0.5rem; }
svg.chart { display: block; width: 100%; height: auto; }
svg text { font-size: 12px; fill: #1f2328; }
.grid { stroke: #eaeef2; }
.axis { stroke: #57606a; }
.tick, .category, .legend { fill: #57606a; }
.axis-label { font-size: 12px; font-style: italic; fill: #57606a; }
.value { font-size: 11px; }
.value.none, .no-data { fill: #8c959f; }
.no-data { font-size: 16px; }
.series-0 { fill: #0969da; }
.series-1 { fill: #bf8700; }
.line { fill: none; stroke: #0969da; stroke-width: 2; }
.point { fill: #0969da; stroke: #ffffff; stroke-width: 1.5; }
table { border-collapse: collapse; font-size: 0.875rem; margin-bottom: 0.5rem; }
th, td { border: 1px solid #d0d7de; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
th { background: #f6f8fa; }
td.number { text-align: right; font-variant-numeric: tabular-nums; }
.none-rows { color: #57606a; font-style: italic; }
@media print { body { margin: 0; max-width: none; } .charts { grid-template-columns: 1fr 1fr; } }
`;
