const keys = new WeakMap<object, number>();
let lastKey = 0;

/**
 * A number for an object, the same for as long as the object lives: a query key for data that is one
 * object (a loaded model, a chosen file). Two files of the same name, edition and length are still
 * two files, and must not share cached results.
 */
export function objectKey(object: object): number {
  let key = keys.get(object);
  if (key === undefined) {
    key = ++lastKey;
    keys.set(object, key);
  }
  return key;
}
