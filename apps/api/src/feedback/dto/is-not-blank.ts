import { Matches } from 'class-validator';

/** Refuses strings of whitespace only, which length checks let through. */
export const IsNotBlank = (): PropertyDecorator => Matches(/\S/, { message: '$property must not be blank' });
