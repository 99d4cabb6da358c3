/**
 * Builds the plain value of a syntax tree. Unlike an ordinary assignment,
 * a `__proto__` key becomes an own property here, so no file can change an
 * object's prototype; validation then rejects it with a diagnostic.
 */
import { Node } from 'jsonc-parser';

export function nodeToValue(node: Node): unknown {
  switch (node.type) {
    case 'object': {
      const result: Record<string, unknown> = {};
      for (const property of node.children ?? []) {
        const [keyNode, valueNode] = property.children ?? [];
        if (!keyNode || !valueNode) {
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

/** Keys that must not appear anywhere in the file, with the offset of each. */
export function findForbiddenKeys(root: Node): Node[] {
  const found: Node[] = [];
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'property' && node.children?.[0]?.value === '__proto__') {
      found.push(node.children[0]);
    }
    for (const child of node.children ?? []) {
      stack.push(child);
    }
  }
  return found;
}
