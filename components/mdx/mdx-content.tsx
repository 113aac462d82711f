import { getMDXComponent } from 'mdx-bundler/client'
import { createElement, type ComponentProps, type ComponentType } from 'react'
import { mdxComponents } from './mdx-components'
import { ScrollableTable } from './scrollable-table'

type LessonComponent = ComponentType<{ components: ComponentProps<ReturnType<typeof getMDXComponent>>['components'] }>

// Evaluating a bundle is not free; each lesson's code is evaluated once per server process.
const evaluated = new Map<string, LessonComponent>()

function lessonComponent(code: string): LessonComponent {
  let Content = evaluated.get(code)
  if (!Content) {
    Content = getMDXComponent(code)
    evaluated.set(code, Content)
  }
  return Content
}

/**
 * Renders a compiled lesson on the server. Client widgets inside it travel as client
 * references, so the MDX runtime itself never reaches the browser.
 */
export function MdxContent({ code }: { code: string }) {
  // The component is cached per lesson above, so it is stable across renders.
  return createElement(lessonComponent(code), { components: { ...mdxComponents, table: ScrollableTable } })
}
