import { checkField } from '../field-name';
import { decodeCursor } from '../query-cursor';
import type { Condition, DocumentQuery, Filter, Scalar } from '../read-store.port';

/** SQLite has no boolean: JSON true and false read back as 1 and 0. */
const bind = (value: Scalar): string | number => (typeof value === 'boolean' ? (value ? 1 : 0) : value);

export interface SqlPart {
  readonly sql: string;
  readonly params: (string | number)[];
}

/** Builds WHERE and ORDER BY for a query; `column` maps a field to its indexed column or JSON path. */
export class SqliteQueryBuilder {
  constructor(private readonly column: (field: string) => string) {}

  where(filter: Filter = {}, query?: DocumentQuery): SqlPart {
    const clauses: string[] = [];
    const params: (string | number)[] = [];
    for (const [field, condition] of Object.entries(filter)) {
      const part = this.condition(this.column(checkField(field)), condition);
      clauses.push(part.sql);
      params.push(...part.params);
    }
    if (query?.after) {
      const part = this.afterCursor(query);
      clauses.push(part.sql);
      params.push(...part.params);
    }
    return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
  }

  orderBy(query: DocumentQuery): string {
    const keys = (query.sort ?? []).map(
      (k) => `${this.column(checkField(k.field))} ${k.direction === 'desc' ? 'DESC' : 'ASC'}`,
    );
    return `ORDER BY ${[...keys, 'id ASC'].join(', ')}`;
  }

  private condition(column: string, condition: Condition): SqlPart {
    if (typeof condition !== 'object') return { sql: `${column} = ?`, params: [bind(condition)] };
    if ('in' in condition) {
      if (condition.in.length === 0) return { sql: '0', params: [] };
      return {
        sql: `${column} IN (${condition.in.map(() => '?').join(', ')})`,
        params: condition.in.map(bind),
      };
    }
    const ops: [keyof typeof condition, string][] = [
      ['gt', '>'],
      ['gte', '>='],
      ['lt', '<'],
      ['lte', '<='],
    ];
    const parts = ops.filter(([op]) => condition[op] !== undefined);
    if (parts.length === 0) return { sql: '1', params: [] };
    return {
      sql: parts.map(([, sign]) => `${column} ${sign} ?`).join(' AND '),
      params: parts.map(([op]) => bind(condition[op] as Scalar)),
    };
  }

  /** Keyset paging: rows strictly after the cursor's (sort values…, id) in the query's order. */
  private afterCursor(query: DocumentQuery): SqlPart {
    const sort = query.sort ?? [];
    const { values, id } = decodeCursor(query.after ?? '', sort.length);
    const keys = [
      ...sort.map((k, i) => ({
        column: this.column(checkField(k.field)),
        desc: k.direction === 'desc',
        value: bind(values[i]),
      })),
      { column: 'id', desc: false, value: id },
    ];
    const alternatives: string[] = [];
    const params: (string | number)[] = [];
    keys.forEach((key, i) => {
      const equal = keys.slice(0, i).map((k) => `${k.column} = ?`);
      alternatives.push(`(${[...equal, `${key.column} ${key.desc ? '<' : '>'} ?`].join(' AND ')})`);
      params.push(...keys.slice(0, i).map((k) => k.value), key.value);
    });
    return { sql: `(${alternatives.join(' OR ')})`, params };
  }
}
