/**
 * Builds the plain value of a syntax tree. Unlike an ordinary assignment,
 * a `__proto__` key becomes an own property here, so no file can change an
 * object's prototype; validation then rejects it with a diagnostic. A key
 * that appears twice keeps its first value, the one a source range points at.
 */
import { Node } from 'jsonc-parser';

export function nodeToValue(node: Node): unknown {
  switch (node.type) {
    case 'object': {
      const result: Record<string, unknown> = {};
      for (const property of node.children ?? []) {
        const [keyNode, valueNode] = property.children ?? [];
        if (!keyNode || !valueNode || Object.prototype.hasOwnProperty.call(result, String(keyNode.value))) {
          continue;
        }
        Object.defineProperty(result, String(keyNode.value), {
          value: nodeToValue(valueNode),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      return result;
    }
    case 'array':
      return (node.children ?? []).map(nodeToValue);
    default:
      return node.value;
  }
}

/** Deeper than any real client file; deeper nesting is refused before anything recurses into it. */
export const MAX_DEPTH = 64;

export interface KeyProblem {
  readonly key: Node;
  readonly kind: 'forbidden' | 'duplicate' | 'tooDeep';
}

/**
 * `__proto__` keys, keys repeated within one object (the key node of each later
 * copy), and the first value nested deeper than MAX_DEPTH. Iterative, so that
 * a hostile file cannot exhaust the stack here.
 */
export function findKeyProblems(root: Node): KeyProblem[] {
  const found: KeyProblem[] = [];
  const stack: { node: Node; depth: number }[] = [{ node: root, depth: 0 }];
  while (stack.length) {
    const { node, depth } = stack.pop()!;
    if (depth > MAX_DEPTH * 2) {
      // Each level of nesting is two tree levels (a property, then its value).
      return [...found, { key: node, kind: 'tooDeep' }];
    }
    if (node.type === 'object') {
      const seen = new Set<string>();
      for (const property of node.children ?? []) {
        const key = property.children?.[0];
        if (!key) {
          continue;
        }
        const name = String(key.value);
        if (name === '__proto__') {
          found.push({ key, kind: 'forbidden' });
        } else if (seen.has(name)) {
          found.push({ key, kind: 'duplicate' });
        }
        seen.add(name);
      }
    }
    for (const child of node.children ?? []) {
      stack.push({ node: child, depth: depth + 1 });
    }
  }
  return found;
}
