import { getMDXComponent } from 'mdx-bundler/client'
import { mdxComponents } from './mdx-components'

/**
 * Renders a compiled lesson on the server. Client widgets inside it travel as client
 * references, so the MDX runtime itself never reaches the browser.
 */
export function MdxContent({ code }: { code: string }) {
  const Content = getMDXComponent(code)
  return <Content components={mdxComponents} />
}
