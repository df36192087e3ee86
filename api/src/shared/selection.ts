// The fields a request selects below a resolver's field, through inline and named fragments: a
// service can then refuse a combination of arguments and selected fields (a performance grouping
// and a metric it does not define) with an error naming the argument, before any SQL runs.
import type { GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/**
 * Names of the fields selected at `path` below the resolver's field (e.g. ['rows'] or
 * ['points', 'rows']), whatever the aliases and fragments. Directives (@skip, @include) are not
 * evaluated: a conditionally selected field counts as selected.
 */
export function selectedFieldsAt(info: GraphQLResolveInfo, path: readonly string[]): string[] {
  const names = new Set<string>();
  const visit = (set: SelectionSetNode | undefined, depth: number) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === 'InlineFragment') visit(selection.selectionSet, depth);
      else if (selection.kind === 'FragmentSpread') visit(info.fragments[selection.name.value]?.selectionSet, depth);
      else if (depth === path.length) names.add(selection.name.value);
      else if (selection.name.value === path[depth]) visit(selection.selectionSet, depth + 1);
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet, 0);
  return [...names];
}
