// The columns of an export as a tree: objects, lists (a GraphQL list or a connection, whose
// `edges`/`node`/`nodes` keys are dropped) and leaves. CSV and Parquet are laid out from it, and
// a row is read through it into plain nested values.
import type { ExportColumn, ExportStep } from './columns.js';

export interface ShapeNode {
  /** The response key in the row, also the name in CSV headers and the Parquet schema. */
  key: string;
  /** How an array is read from the value at `key`; null when the value is not a list. */
  list:
    | null
    | { via: 'array' }
    | { via: 'edges'; edgesKey: string; nodeKey: string }
    | { via: 'nodes'; nodesKey: string };
  /** Set on a leaf (for a list of scalars, on the list node). */
  column: ExportColumn | null;
  /** Fields of the object (of each item, for a list of objects). */
  children: ShapeNode[];
}

function child(parent: ShapeNode[], key: string, list: ShapeNode['list']): ShapeNode {
  let node = parent.find((n) => n.key === key);
  if (!node) {
    node = { key, list, column: null, children: [] };
    parent.push(node);
  }
  return node;
}

/** The tree of the columns, in first-appearance order. */
export function shapeOf(columns: readonly ExportColumn[]): ShapeNode[] {
  const roots: ShapeNode[] = [];
  for (const column of columns) {
    const { path } = column;
    const steps: ExportStep[] = column.steps ?? path.map(() => 'field');
    if (steps.length !== path.length || !path.length)
      throw new Error(`column ${path.join('.')}: steps do not match its path`);
    if (column.underList && !steps.some((s) => s === 'list' || s === 'connection')) {
      throw new Error(`column ${path.join('.')} is under a list but its steps name none`);
    }
    let level = roots;
    for (let i = 0; i < path.length; i++) {
      const key = path[i] as string;
      const step = steps[i];
      const last = i === path.length - 1;
      let node: ShapeNode;
      if (step === 'connection') {
        const next = steps[i + 1];
        if (next === 'edges' && steps[i + 2] === 'node') {
          node = child(level, key, { via: 'edges', edgesKey: path[i + 1] as string, nodeKey: path[i + 2] as string });
          i += 2;
        } else if (next === 'nodes') {
          node = child(level, key, { via: 'nodes', nodesKey: path[i + 1] as string });
          i += 1;
        } else {
          throw new Error(`column ${path.join('.')}: a connection is followed by edges/node or nodes`);
        }
        if (i === path.length - 1) throw new Error(`column ${path.join('.')} ends at a connection`);
      } else if (step === 'list' || step === 'field') {
        node = child(level, key, step === 'list' ? { via: 'array' } : null);
      } else {
        throw new Error(`column ${path.join('.')}: ${step} outside a connection`);
      }
      if (last) node.column = column;
      level = node.children;
    }
  }
  return roots;
}

/** The items of a list node's value; null when the list itself is null. */
export function itemsOf(node: ShapeNode, value: unknown): unknown[] | null {
  if (value == null || !node.list) return null;
  const list = node.list;
  const items =
    list.via === 'array'
      ? value
      : list.via === 'nodes'
        ? (value as Record<string, unknown>)[list.nodesKey]
        : ((value as Record<string, unknown>)[list.edgesKey] as unknown[] | null)?.map((edge) =>
            edge == null ? null : (edge as Record<string, unknown>)[list.nodeKey],
          );
  if (items == null) return null;
  if (!Array.isArray(items)) throw new Error(`${node.key}: expected a list in the row`);
  return items;
}

export type LeafConverter = (column: ExportColumn, value: unknown) => unknown;

/** The value of a node read from its parent's value, leaves converted, connections as arrays. */
export function readNode(node: ShapeNode, value: unknown, leaf: LeafConverter): unknown {
  if (node.list) {
    const items = itemsOf(node, value);
    return (
      items?.map((item) => (node.column ? leaf(node.column, item ?? null) : objectOf(node.children, item, leaf))) ??
      null
    );
  }
  return node.column ? leaf(node.column, value ?? null) : objectOf(node.children, value, leaf);
}

/** An object with the given fields read from `value`; null for a null object. */
export function objectOf(
  children: readonly ShapeNode[],
  value: unknown,
  leaf: LeafConverter,
): Record<string, unknown> | null {
  if (value == null) return null;
  const out: Record<string, unknown> = {};
  for (const node of children) out[node.key] = readNode(node, (value as Record<string, unknown>)[node.key], leaf);
  return out;
}
