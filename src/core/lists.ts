/**
 * Lists that keep one hidden class in V8, empty or not.
 *
 * V8 gives an array a hidden class by the kind of its elements. A `[]` literal, and the result of `.map` over
 * an empty array, start as a list of small integers and keep that class while empty; a list of objects or
 * strings has another. Code that reads lists which are sometimes empty therefore meets two classes at every
 * access; when its optimised code was compiled having seen only one, the other throws it away (a "wrong map"
 * deoptimisation) and the function is compiled again — for the engine's largest functions, several times per
 * worker thread in a population run. A list made here has the general class from the start, so empty and
 * filled lists of objects or strings share one. The contents are the same either way.
 * @module
 */

/** A new empty list with the general elements kind (the hidden class of a list of objects or strings). */
export function newList<T>(): T[] {
  const a = [undefined as T];
  a.pop();
  return a;
}

/**
 * `xs.map(f)` into a list made by {@link newList} (`.map` over an empty list gives the small-integer class).
 * @param xs - the list
 * @param f - element, index → mapped element
 */
export function mapList<T, U>(xs: readonly T[], f: (x: T, i: number) => U): U[] {
  const out = newList<U>();
  for (let i = 0; i < xs.length; i++) out.push(f(xs[i]!, i));
  return out;
}
