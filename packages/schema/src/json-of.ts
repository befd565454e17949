/**
 * The type TypeScript gives (with resolveJsonModule) a JSON data file that a schema of output type
 * `T` describes: string literal unions ('np' | 'that') are plain strings, tuples are arrays, and
 * the values of a record inside an array may be undefined (TypeScript gives the objects of an
 * array each other's keys, as optional undefined properties). Bundled data files are typed with
 * it at compile time instead of being parsed at import (a start-up cost); each package's
 * data.test.ts checks them against their schemas.
 */
export type JsonOf<T, InArray extends boolean = false> = T extends string
  ? string
  : T extends readonly (infer U)[]
    ? JsonOf<U, true>[]
    : T extends object
      ? string extends keyof T
        ? {
            [key: string]:
              | JsonOf<T[string & keyof T], InArray>
              | (InArray extends true ? undefined : never);
          }
        : { [K in keyof T]: JsonOf<T[K], InArray> }
      : T;
