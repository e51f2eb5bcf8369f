/** The words of SPEC.md, as closed sets: each list is the single source for validation and types. */

export const CHANNELS = [
  'web',
  'app',
  'email',
  'phone',
  'chat',
  'social',
  'store',
  'sales',
  'after_sales',
  'survey',
  'callback',
  'other',
] as const;
export type Channel = (typeof CHANNELS)[number];

export const CUSTOMER_SEGMENTS = ['vip', 'price_sensitive', 'service_quality', 'regular'] as const;
export type CustomerSegment = (typeof CUSTOMER_SEGMENTS)[number];

export const CATEGORIES = [
  'function_issue',
  'experience',
  'suggestion',
  'complaint',
  'praise',
  'inquiry',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const PRIORITIES = ['P1', 'P2', 'P3', 'P4'] as const;
export type Priority = (typeof PRIORITIES)[number];

export const SEVERITIES = ['minor', 'general', 'serious'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const SENTIMENTS = ['negative', 'neutral', 'positive'] as const;
export type Sentiment = (typeof SENTIMENTS)[number];

/** SPEC §2's topics; the taxonomy may add more while the service runs. */
export const DEFAULT_TOPICS = [
  'product_quality',
  'service',
  'logistics',
  'payment',
  'account',
  'performance',
  'digital_service',
  'price',
  'other',
] as const;

export const SOLUTION_KINDS = [
  'fix',
  'workaround',
  'compensation',
  'planned',
  'declined',
  'information',
] as const;
export type SolutionKind = (typeof SOLUTION_KINDS)[number];

export const RATINGS = ['satisfied', 'basically_satisfied', 'dissatisfied'] as const;
export type Rating = (typeof RATINGS)[number];

/** Statuses a person sets through progress updates; the others follow from other commands. */
export const WORK_STATUSES = ['in_progress', 'pending_test', 'pending_customer'] as const;
export type WorkStatus = (typeof WORK_STATUSES)[number];

export const STATUSES = [
  'received',
  'triaged',
  'assigned',
  'in_progress',
  'pending_test',
  'pending_customer',
  'awaiting_info',
  'resolved',
  'closed',
  'archived',
  'reopened',
] as const;
export type Status = (typeof STATUSES)[number];

export const LIMITS = {
  content: 10_000,
  summary: 80,
  note: 5_000,
  reason: 1_000,
  solution: 5_000,
  name: 200,
  shortText: 200,
  tags: 20,
  topics: 10,
  attachments: 20,
  collaborators: 10,
} as const;
