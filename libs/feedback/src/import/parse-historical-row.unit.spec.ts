import type { ImportRecord } from './import-fields';
import { parseHistoricalRow } from './parse-historical-row';
import { ARCHIVED_ROW, ARCHIVED_TICKET } from './testing/sample-history';

const NOW = Date.parse('2024-01-01T00:00:00Z');
const parse = (record: ImportRecord) => parseHistoricalRow(record, { timeZone: 'Asia/Shanghai', now: NOW });

const received: ImportRecord = {
  ticketNo: 'CRM202310090001',
  submittedAt: '2023-10-09 09:15',
  channel: 'APP',
  summary: '导出报表时提示失败',
};
const archived = ARCHIVED_ROW;

const problemsOf = (record: ImportRecord) => {
  const parsed = parse(record);
  return parsed.ok ? [] : parsed.problems;
};
const statusOf = (record: ImportRecord) => {
  const parsed = parse(record);
  return parsed.ok ? parsed.ticket.status : parsed.problems;
};

describe('a row of the record table', () => {
  it('becomes a historical ticket: Chinese values mapped, times in UTC, resolution at submit + duration', () => {
    expect(parse(archived)).toEqual({ ok: true, ticket: ARCHIVED_TICKET });
  });

  it('reads the English names of values as the Chinese ones', () => {
    const english = parse({
      ...archived,
      channel: 'app',
      category: 'Function issue',
      priority: 'p2',
      progress: 'archived',
      satisfaction: 'satisfied',
      duration: '26h',
    });
    expect(english).toEqual(parse(archived));
    const words: ['channel' | 'category' | 'priority' | 'satisfaction', string, string][] = [
      ['channel', '在线客服', 'chat'],
      ['channel', 'after sales', 'after_sales'],
      ['category', '投诉', 'complaint'],
      ['category', '咨询', 'inquiry'],
      ['priority', '紧急', 'P1'],
      ['priority', 'low', 'P4'],
      ['satisfaction', '基本满意', 'basically_satisfied'],
    ];
    for (const [field, word, value] of words) {
      const parsed = parse({ ...archived, [field]: word });
      expect(parsed.ok && parsed.ticket[field]).toBe(value);
    }
  });

  it('reaches the furthest status its columns allow when no progress is given', () => {
    const classified = { ...received, category: '建议', priority: 'P4' };
    const worked = { ...classified, handler: 'chen.jie' };
    const resolved = { ...worked, solution: '已纳入规划', duration: '3天' };
    expect(statusOf(received)).toBe('received');
    expect(statusOf(classified)).toBe('triaged');
    expect(statusOf(worked)).toBe('in_progress');
    expect(statusOf(resolved)).toBe('resolved');
    expect(statusOf({ ...resolved, satisfaction: '基本满意' })).toBe('closed');
    expect(statusOf({ ...resolved, satisfaction: '不满意' })).toBe('reopened');
    expect(statusOf({ ...resolved, archivedAt: '2023-10-20' })).toBe('archived');
  });

  it('takes the status the progress column names when the columns allow it', () => {
    const worked = { ...received, category: '功能问题', priority: 'P1', handler: 'li.na' };
    expect(statusOf({ ...received, category: '功能问题', priority: 'P1', progress: '待处理' })).toBe(
      'assigned',
    );
    expect(statusOf({ ...worked, progress: '待测试' })).toBe('pending_test');
    expect(statusOf({ ...worked, progress: '待客户确认' })).toBe('pending_customer');
    expect(statusOf({ ...worked, solution: '修复', duration: '2h', progress: '已关闭' })).toBe('closed');
    expect(statusOf({ ...worked, progress: '已解决' })).toEqual([
      {
        field: 'progress',
        reason:
          'progress "已解决" (resolved) does not fit the row\'s other columns, which make it in_progress or assigned or pending_test or pending_customer',
      },
    ]);
  });

  it('names each missing required cell', () => {
    expect(problemsOf({ customer: '张三' })).toEqual(
      ['ticketNo', 'submittedAt', 'channel', 'summary'].map((field) => ({
        field,
        reason: `${field} is required`,
      })),
    );
  });

  it('refuses a malformed tracking number, one numbered for another day, and one too far in its day', () => {
    expect(problemsOf({ ...received, ticketNo: 'CRM2023100901' })).toEqual([
      {
        field: 'ticketNo',
        reason:
          '"CRM2023100901" is not a tracking number: CRM, the day YYYYMMDD, a sequence of 4 digits or more',
      },
    ]);
    expect(problemsOf({ ...received, submittedAt: '2023-10-10 00:30' })).toEqual([
      {
        field: 'ticketNo',
        reason: 'CRM202310090001 is numbered for 2023-10-09 but was submitted on 2023-10-10 (Asia/Shanghai)',
      },
    ]);
    expect(problemsOf({ ...received, ticketNo: 'CRM20231009100000' })).toEqual([
      {
        field: 'ticketNo',
        reason: 'the sequence 100000 is above 99999, the most an import holds numbers for in a day',
      },
    ]);
  });

  it('refuses a time that is not one, or lies in the future', () => {
    expect(problemsOf({ ...received, submittedAt: '2023-10-09 25:00' })).toEqual([
      { field: 'submittedAt', reason: '"2023-10-09 25:00" is not a time such as 2023-10-09 14:30' },
    ]);
    expect(problemsOf({ ...received, ticketNo: 'CRM202401020001', submittedAt: '2024-01-02 09:00' })).toEqual(
      [{ field: 'submittedAt', reason: '"2024-01-02 09:00" is in the future' }],
    );
    expect(problemsOf({ ...archived, archivedAt: 'soon' })).toEqual([
      { field: 'archivedAt', reason: '"soon" is not a time such as 2023-10-09 14:30' },
    ]);
    expect(
      problemsOf({ ...archived, archivedAt: undefined, progress: undefined, duration: '3000h' }),
    ).toEqual([{ field: 'duration', reason: 'submit time plus duration is in the future' }]);
  });

  it('refuses unknown values, naming the values it knows', () => {
    expect(problemsOf({ ...archived, category: '积分问题' })).toEqual([
      {
        field: 'category',
        reason:
          'unknown category "积分问题", expected one of function_issue, experience, suggestion, complaint, praise, inquiry',
      },
    ]);
    const unknown = problemsOf({
      ...archived,
      channel: 'fax',
      priority: 'P5',
      satisfaction: '一般',
      progress: '搁置',
    });
    expect(unknown.map((p) => p.field)).toEqual(['channel', 'priority', 'progress', 'satisfaction']);
    expect(unknown[1].reason).toBe('unknown priority "P5", expected one of P1, P2, P3, P4');
    expect(problemsOf({ ...archived, duration: '很久' })).toEqual([
      {
        field: 'duration',
        reason: '"很久" is not a duration such as 36h, 1d 4h, 1天4小时, 90分钟 or PT36H',
      },
    ]);
  });

  it('refuses text longer than the HTTP API takes, counting characters as people do', () => {
    const long = (n: number) => '长'.repeat(n);
    expect(
      problemsOf({ ...archived, summary: long(10_000), customer: long(200), handler: 'h'.repeat(100) }),
    ).toEqual([]);
    expect(
      problemsOf({
        ...archived,
        summary: long(10_001),
        customer: long(201),
        handler: 'h'.repeat(101),
        solution: long(5001),
      }),
    ).toEqual([
      { field: 'customer', reason: 'customer must be at most 200 characters, it has 201' },
      { field: 'summary', reason: 'summary must be at most 10000 characters, it has 10001' },
      { field: 'handler', reason: 'handler must be at most 100 characters, it has 101' },
      { field: 'solution', reason: 'solution must be at most 5000 characters, it has 5001' },
    ]);
  });

  it('refuses combinations no ticket can have', () => {
    const only = (record: ImportRecord) => problemsOf(record).map((p) => `${p.field}: ${p.reason}`);
    expect(only({ ...received, category: '投诉' })).toEqual([
      'priority: priority is required with a category',
    ]);
    expect(only({ ...received, priority: 'P1' })).toEqual(['priority: a priority needs a category']);
    expect(only({ ...received, handler: 'li.na' })).toEqual([
      'handler: a handler needs a category (routing picks the department by it)',
    ]);
    const classified = { ...received, category: '功能问题', priority: 'P2' };
    expect(only({ ...classified, solution: '修复', duration: '2h' })).toEqual([
      'solution: a solution needs a handler who worked on the ticket',
    ]);
    const worked = { ...classified, handler: 'li.na' };
    expect(only({ ...worked, solution: '修复' })).toEqual([
      'duration: duration is required with a solution: the resolution time is the submit time plus it',
    ]);
    expect(only({ ...worked, duration: '2h' })).toEqual(['duration: a duration needs a solution']);
    expect(only({ ...worked, satisfaction: '满意' })).toEqual([
      'satisfaction: satisfaction without a solution: only a resolved ticket is rated',
    ]);
    expect(only({ ...worked, archivedAt: '2023-10-12' })).toEqual([
      'archivedAt: only a resolved ticket is archived, and this row has no solution',
    ]);
    expect(only({ ...archived, satisfaction: '不满意', progress: undefined })).toEqual([
      'archivedAt: a dissatisfied rating reopens the ticket, and a reopened ticket cannot be archived',
    ]);
  });

  it('archives on the resolution day at the resolution, and refuses an archive before it', () => {
    const sameDay = parse({ ...archived, archivedAt: '2023-10-10' });
    expect(sameDay.ok && sameDay.ticket.archivedAt).toBe('2023-10-10T03:15:00.000Z');
    const later = parse({ ...archived, archivedAt: '2023-10-10 18:00' });
    expect(later.ok && later.ticket.archivedAt).toBe('2023-10-10T10:00:00.000Z');
    expect(problemsOf({ ...archived, archivedAt: '2023-10-09' })).toEqual([
      { field: 'archivedAt', reason: '"2023-10-09" is before the resolution at 2023-10-10T03:15:00.000Z' },
    ]);
    expect(problemsOf({ ...archived, archivedAt: '2023-10-10 09:00' })).toEqual([
      {
        field: 'archivedAt',
        reason: '"2023-10-10 09:00" is before the resolution at 2023-10-10T03:15:00.000Z',
      },
    ]);
  });
});
