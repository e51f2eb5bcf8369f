import { fieldOfHeader, readHeader, recordOfCells, recordOfObject } from './import-columns';
import { IMPORT_FIELDS } from './import-fields';

const CHINESE_HEADER = [
  '编号',
  '提交时间',
  '客户',
  '渠道',
  '问题摘要',
  '类别',
  '优先级',
  '处理人',
  '处理进度',
  '解决方案',
  '满意度',
  '处理时长',
  '归档日期',
];

describe('the header of a record table', () => {
  it('reads the English names whatever their case and separators, and the Chinese headers', () => {
    expect(readHeader([...IMPORT_FIELDS])).toEqual({ ok: true, fields: IMPORT_FIELDS });
    expect(readHeader(CHINESE_HEADER)).toEqual({ ok: true, fields: IMPORT_FIELDS });
    expect(['Ticket No', 'ticket_no', '\uFEFFTICKETNO', ' 编号 ', '工单编号'].map(fieldOfHeader)).toEqual(
      Array(5).fill('ticketNo'),
    );
    expect([fieldOfHeader('摘要'), fieldOfHeader('问题类型'), fieldOfHeader('archived-at')]).toEqual([
      'summary',
      'category',
      'archivedAt',
    ]);
  });

  it('refuses unknown and repeated columns and a header without the columns a ticket needs', () => {
    expect(readHeader(['编号', '提交时间', '渠道', '摘要', '问题摘要', '备注'])).toEqual({
      ok: false,
      problems: ['column "问题摘要" repeats summary', 'unknown column "备注"'],
    });
    expect(readHeader(['ticketNo', 'customer'])).toEqual({
      ok: false,
      problems: ['no submittedAt column', 'no channel column', 'no summary column'],
    });
  });
});

describe('a row', () => {
  it('keeps its filled cells, trimmed, under their fields', () => {
    expect(recordOfCells(['ticketNo', 'customer', 'summary'], [' CRM202310090001 ', '  ', '卡顿\r'])).toEqual(
      {
        record: { ticketNo: 'CRM202310090001', summary: '卡顿' },
      },
    );
  });

  it('is refused whole when it has more or fewer cells than the header', () => {
    expect(recordOfCells(['ticketNo', 'summary'], ['CRM202310090001'])).toEqual({
      problem: { field: '', reason: 'the row has 1 cells, the header 2' },
    });
  });

  it('as an NDJSON object takes text and numbers under either kind of key', () => {
    expect(
      recordOfObject({ ticketNo: 'CRM202310090001', 处理时长: 26, satisfaction: null, 客户: ' ' }),
    ).toEqual({
      record: { ticketNo: 'CRM202310090001', duration: '26' },
    });
  });

  it('as an NDJSON object names each key it cannot take', () => {
    expect(recordOfObject({ ticket: 'x', summary: ['a'], 摘要: 'b', duration: true })).toEqual({
      problems: [
        { field: 'ticket', reason: 'unknown field "ticket"' },
        { field: 'summary', reason: 'summary must be text or a number' },
        { field: 'summary', reason: '"摘要" repeats summary' },
        { field: 'duration', reason: 'duration must be text or a number' },
      ],
    });
    expect(recordOfObject([1, 2])).toEqual({
      problems: [{ field: '', reason: 'the line is not a JSON object' }],
    });
  });
});
