// Serves the static export the way a plain static host or CDN does: files as they are,
// `dir/` as `dir/index.html`, and 404.html for anything missing, with the headers of the
// export's `_headers` file (as Netlify and Cloudflare Pages apply it).
import handler from 'serve-handler'
import { existsSync, readFileSync } from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import { tsImport } from 'tsx/esm/api'

const { headersForPath, parseHeadersFile } = await tsImport('./csp/headers-file.ts', import.meta.url)

const [dir = 'out', port = '3124'] = process.argv.slice(2)
const root = path.resolve(dir)
const headersFile = path.join(root, '_headers')
const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : []
if (rules.length === 0) console.warn(`${headersFile} is missing: serving without security headers.`)

http
  .createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost')
    for (const [name, value] of headersForPath(rules, pathname)) response.setHeader(name, value)
    return handler(request, response, { public: root, cleanUrls: true, trailingSlash: true, directoryListing: false })
  })
  .listen(Number(port), '127.0.0.1', () => console.log(`Serving ${root} at http://127.0.0.1:${port}/`))
