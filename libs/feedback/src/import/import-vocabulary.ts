import {
  CATEGORIES,
  CHANNELS,
  PRIORITIES,
  RATINGS,
  STATUSES,
  type Category,
  type Channel,
  type Priority,
  type Rating,
  type Status,
} from '@ledger/domain';

/**
 * The words a record may use for a value: the ledger's own English names (any case, with spaces
 * or hyphens for underscores) and the Chinese words such records are written in.
 */
export interface Vocabulary<Value extends string> {
  readonly name: string;
  readonly values: readonly Value[];
  readonly words: Readonly<Record<string, Value>>;
}

const normalised = (word: string): string =>
  word
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

/** The value a word stands for, if the vocabulary knows it. */
export function valueOf<Value extends string>(
  vocabulary: Vocabulary<Value>,
  word: string,
): Value | undefined {
  const key = normalised(word);
  const known = vocabulary.values.find((value) => normalised(value) === key);
  return known ?? (Object.hasOwn(vocabulary.words, key) ? vocabulary.words[key] : undefined);
}

export const CHANNEL_WORDS: Vocabulary<Channel> = {
  name: 'channel',
  values: CHANNELS,
  words: {
    网站: 'web',
    官网: 'web',
    网页: 'web',
    应用: 'app',
    客户端: 'app',
    邮件: 'email',
    电子邮件: 'email',
    邮箱: 'email',
    电话: 'phone',
    热线: 'phone',
    客服热线: 'phone',
    在线客服: 'chat',
    聊天: 'chat',
    社交媒体: 'social',
    微博: 'social',
    微信: 'social',
    门店: 'store',
    意见箱: 'store',
    面对面: 'store',
    销售: 'sales',
    售后: 'after_sales',
    问卷: 'survey',
    问卷调查: 'survey',
    调研: 'survey',
    回访: 'callback',
    其他: 'other',
    其它: 'other',
  },
};

export const CATEGORY_WORDS: Vocabulary<Category> = {
  name: 'category',
  values: CATEGORIES,
  words: {
    功能问题: 'function_issue',
    体验问题: 'experience',
    建议: 'suggestion',
    功能建议: 'suggestion',
    投诉: 'complaint',
    表扬: 'praise',
    咨询: 'inquiry',
  },
};

/** SPEC §2's names of the levels as well as P1–P4. */
export const PRIORITY_WORDS: Vocabulary<Priority> = {
  name: 'priority',
  values: PRIORITIES,
  words: {
    urgent: 'P1',
    important: 'P2',
    normal: 'P3',
    low: 'P4',
    紧急: 'P1',
    重要: 'P2',
    一般: 'P3',
    普通: 'P3',
    低: 'P4',
  },
};

export const RATING_WORDS: Vocabulary<Rating> = {
  name: 'satisfaction',
  values: RATINGS,
  words: {
    满意: 'satisfied',
    非常满意: 'satisfied',
    基本满意: 'basically_satisfied',
    不满意: 'dissatisfied',
    非常不满意: 'dissatisfied',
  },
};

/** The progress column names the status the ticket had reached. */
export const PROGRESS_WORDS: Vocabulary<Status> = {
  name: 'progress',
  values: STATUSES.filter((status) => status !== 'awaiting_info'),
  words: {
    已受理: 'received',
    待分类: 'received',
    已分类: 'triaged',
    待分配: 'triaged',
    已分配: 'assigned',
    待处理: 'assigned',
    处理中: 'in_progress',
    跟进中: 'in_progress',
    待测试: 'pending_test',
    测试中: 'pending_test',
    待客户确认: 'pending_customer',
    待客户反馈: 'pending_customer',
    已解决: 'resolved',
    已处理: 'resolved',
    已关闭: 'closed',
    已完成: 'closed',
    已结案: 'closed',
    已归档: 'archived',
    已重开: 'reopened',
    重新打开: 'reopened',
  },
};
