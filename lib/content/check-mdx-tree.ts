import type { ComponentSpec, PropValue } from './component-specs'

/** A problem found in a lesson's MDX, with the 1-based line and column it starts at. */
export type ContentProblem = { line: number; column: number; message: string }

type Position = { start: { line: number; column: number } }
type JsxAttribute =
  | { type: 'mdxJsxAttribute'; name: string; value?: string | null | { type: string; value: string } }
  | { type: 'mdxJsxExpressionAttribute'; value: string }
type TreeNode = {
  type: string
  name?: string | null
  value?: string
  attributes?: JsxAttribute[]
  children?: TreeNode[]
  position?: Position
}

/**
 * Walks an MDX syntax tree and reports what would break or mislead at render time:
 * `import` statements (lessons use the registry instead), components that are not in
 * the registry, unknown or missing props, and prop values a component's spec refuses.
 */
export function checkMdxTree(tree: TreeNode, specs: Record<string, ComponentSpec>): ContentProblem[] {
  const problems: ContentProblem[] = []
  const report = (node: TreeNode, message: string) =>
    problems.push({ line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1, message })
  const known = Object.keys(specs).sort().join(', ')

  const visit = (node: TreeNode) => {
    if (node.type === 'mdxjsEsm' && /^\s*import\s/m.test(node.value ?? '')) {
      report(node, `lessons do not import; use a component from the registry by name (${known})`)
    }
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name) {
      checkElement(node, node.name)
    }
    node.children?.forEach(visit)
  }

  const checkElement = (node: TreeNode, name: string) => {
    if (/^[a-z]/.test(name)) return // a plain HTML element such as <kbd> or <br>
    const spec = specs[name]
    if (!spec) {
      report(node, `unknown component <${name}>; lessons can use ${known}`)
      return
    }
    const given = new Map<string, PropValue>()
    for (const attribute of node.attributes ?? []) {
      if (attribute.type === 'mdxJsxExpressionAttribute') {
        report(node, `<${name}> cannot take spread props ({...}); write each prop by name`)
        continue
      }
      given.set(attribute.name, toPropValue(attribute.value))
    }
    for (const [prop, value] of given) {
      const propSpec = spec.props[prop]
      if (!propSpec) {
        const allowed = Object.keys(spec.props)
        report(
          node,
          `<${name}> has no prop "${prop}"; ${allowed.length > 0 ? `it takes ${allowed.join(', ')}` : 'it takes no props'}`,
        )
        continue
      }
      const message = propSpec.check?.(value)
      if (message) report(node, `<${name} ${prop}>: ${message}`)
    }
    for (const [prop, propSpec] of Object.entries(spec.props)) {
      if (propSpec.required && !given.has(prop)) report(node, `<${name}> needs the prop ${prop}="..."`)
    }
  }

  visit(tree)
  return problems
}

function toPropValue(value: JsxAttribute['value']): PropValue {
  if (value === null || value === undefined) return { kind: 'boolean' }
  if (typeof value === 'string') return { kind: 'string', value }
  return { kind: 'expression', source: value.value }
}
