import { isISO8601, ValidateBy, ValidateIf, type ValidationOptions } from 'class-validator';

/** Refuses strings of whitespace only, which length checks let through. */
export const IsNotBlank = (): PropertyDecorator =>
  ValidateBy({
    name: 'isNotBlank',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && /\S/.test(value),
      defaultMessage: () => '$property must not be blank',
    },
  });

/**
 * Optional means absent, not null: a null would otherwise skip every check and be written into
 * an immutable event.
 */
export const Optional = (): PropertyDecorator => ValidateIf((_, value: unknown) => value !== undefined);

/** An ISO-8601 date and time that also names a real instant (some strict ISO forms do not parse). */
export const IsTimestamp = (options?: ValidationOptions): PropertyDecorator =>
  ValidateBy(
    {
      name: 'isTimestamp',
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' && isISO8601(value, { strict: true }) && !Number.isNaN(Date.parse(value)),
        defaultMessage: () => '$property must be an ISO-8601 date and time, e.g. 2023-10-01T09:30:00+08:00',
      },
    },
    options,
  );

/** A calendar day `YYYY-MM-DD` that exists (no 31 February). */
export const IsCalendarDay = (options?: ValidationOptions): PropertyDecorator =>
  ValidateBy(
    {
      name: 'isCalendarDay',
      validator: {
        validate: (value: unknown) => {
          if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
          const date = new Date(`${value}T00:00:00Z`);
          return (
            !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value && value >= '1970'
          );
        },
        defaultMessage: () => '$property must be a day from 1970 on, such as 2023-10-01',
      },
    },
    options,
  );
