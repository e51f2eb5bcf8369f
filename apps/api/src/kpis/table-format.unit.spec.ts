import { flatten, toCsv, toMarkdownTable } from './table-format';

describe('table formats', () => {
  it('flattens nested rows into dotted columns', () => {
    expect(flatten({ period: 'W40', response: { rate: 0.5, handled: 2 } })).toEqual({
      period: 'W40',
      'response.rate': 0.5,
      'response.handled': 2,
    });
  });

  it('writes CSV with a header, quoting what needs quoting and leaving nulls empty', () => {
    const csv = toCsv([
      { value: 'Customer Service', rate: 0.25, note: 'say "hi", then go' },
      { value: 'Tech\nnology', rate: null, note: '' },
    ]);
    expect(csv).toBe(
      'value,rate,note\r\nCustomer Service,0.25,"say ""hi"", then go"\r\n"Tech\nnology",,\r\n',
    );
  });

  it('keeps client text from running as a spreadsheet formula, but leaves numbers alone', () => {
    expect(toCsv([{ department: '=HYPERLINK("x")', note: '@SUM(A1)', delta: -3 }])).toBe(
      'department,note,delta\r\n"\'=HYPERLINK(""x"")",\'@SUM(A1),-3\r\n',
    );
  });

  it('writes a Markdown table, escaping pipes', () => {
    expect(toMarkdownTable([{ a: 1, b: 'x|y' }])).toBe('| a | b |\n|---|---|\n| 1 | x\\|y |');
  });
});
