import type { HistoricalTicket } from '../historical-ticket';
import type { ImportRecord } from '../import-fields';

/** A row as the process documents record it, every column filled, in Chinese. */
export const ARCHIVED_ROW: ImportRecord = {
  ticketNo: 'CRM202310090001',
  submittedAt: '2023-10-09 09:15',
  customer: '张三',
  channel: 'APP',
  summary: '导出报表时提示失败',
  category: '功能问题',
  priority: 'P2',
  handler: 'li.na',
  progress: '已归档',
  solution: '修复导出接口超时',
  satisfaction: '满意',
  duration: '26小时',
  archivedAt: '2023-10-12',
};

/** ARCHIVED_ROW as the import reads it, in Asia/Shanghai. */
export const ARCHIVED_TICKET: HistoricalTicket = {
  ticketNo: 'CRM202310090001',
  submittedAt: '2023-10-09T01:15:00.000Z',
  customer: '张三',
  channel: 'app',
  summary: '导出报表时提示失败',
  category: 'function_issue',
  priority: 'P2',
  handler: 'li.na',
  status: 'archived',
  solution: '修复导出接口超时',
  resolvedAt: '2023-10-10T03:15:00.000Z',
  satisfaction: 'satisfied',
  archivedAt: '2023-10-11T16:00:00.000Z',
};
